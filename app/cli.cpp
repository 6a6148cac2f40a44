#include "cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <cstdlib>

namespace bt::cli {

namespace {
// Qt's own words in a command's --help and in its usage errors: BootTorrent's
// translations carry them, as a system need not have Qt's.
[[maybe_unused]] const char *const kParserTexts[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
} // namespace

int reportProblems(const Problems &problems, const QString &dir)
{
    for (Problem p : problems) {
        if (!dir.isEmpty() && !p.file.isEmpty() && QDir::isRelativePath(p.file))
            p.file = QDir(dir).filePath(p.file);
        printError(p.toString());
    }
    return BadInput;
}

void printLine(const QString &line)
{
    QTextStream out(stdout);
    out << line << Qt::endl;
}

void printError(const QString &line)
{
    QTextStream err(stderr);
    err << line << Qt::endl;
}

QStringList parseOrExit(
    QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        printError(QCoreApplication::translate("bt::cli", "boottorrent: %1 (see --help)")
                       .arg(parser.errorText()));
        std::exit(BadInput);
    }
    if (parser.isSet(help)) {
        // Qt names the executable's path; the usage line should name the command.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), arguments.constFirst());
        QTextStream(stdout) << text;
        std::exit(Success);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional || positional.size() > maxPositional) {
        printError(QCoreApplication::translate("bt::cli", "boottorrent: %1 expects %2 (see --help)")
                       .arg(arguments.value(0),
                           minPositional == maxPositional
                               ? QCoreApplication::translate(
                                   "bt::cli", "%n argument(s)", nullptr, minPositional)
                               : QCoreApplication::translate("bt::cli", "%1 to %2 arguments")
                                     .arg(minPositional)
                                     .arg(maxPositional)));
        std::exit(BadInput);
    }
    return positional;
}

QStringList columnTitles(std::initializer_list<const char *> titles)
{
    QStringList header;
    for (const char *title : titles)
        header << QCoreApplication::translate("bt::cli", title);
    return header;
}

QString alignedColumns(const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QStringList &row : rows)
        for (int i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths << 0;
            widths[i] = std::max(widths[i], int(row[i].size()));
        }
    QString text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (int i = 0; i < row.size(); ++i)
            cells << (i + 1 < row.size() ? row[i].leftJustified(widths[i]) : row[i]);
        text += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return text;
}

} // namespace bt::cli
