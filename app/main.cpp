#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("boottorrent"));
    QTextStream(stdout) << "boottorrent\n";
    return 0;
}
