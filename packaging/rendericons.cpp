// rendericons: renders the application icon (an SVG) into the PNG sizes of
// the hicolor icon theme, for menus and docks that do not scale SVGs.
//
//   rendericons SVG OUTDIR SIZE...
//
// writes OUTDIR/<size>x<size>/apps/<name of SVG>.png for every SIZE. The SVG
// is read through Qt's svg image-format plugin (Debian: libqt6svg6), so the
// build needs no Qt SVG headers. Exit status: 0, 1 when a file cannot be
// read or written, 2 for bad arguments.
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QImageReader>
#include <QPainter>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "rendericons: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // Rendering needs no display; the build may run without one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 3) {
        QTextStream(stderr) << "Usage: rendericons SVG OUTDIR SIZE..." << Qt::endl;
        return 2;
    }
    const QString svg = arguments.at(0);
    const QString outDir = arguments.at(1);
    const QString name = QFileInfo(svg).completeBaseName();
    if (QImageReader probe(svg); !probe.canRead()) {
        if (!QImageReader::supportedImageFormats().contains("svg"))
            return fail(QStringLiteral("cannot read %1: Qt has no svg image-format plugin "
                                       "(Debian: libqt6svg6)")
                            .arg(svg));
        return fail(QStringLiteral("cannot read %1: %2").arg(svg, probe.errorString()));
    }

    for (const QString &argument : arguments.mid(2)) {
        bool ok = false;
        const int size = argument.toInt(&ok);
        if (!ok || size < 1 || size > 1024) {
            QTextStream(stderr) << "rendericons: " << argument
                                << " is not an icon size from 1 to 1024" << Qt::endl;
            return 2;
        }

        QImageReader reader(svg);
        // A non-square drawing keeps its proportions, centred on a square.
        const QSize natural = reader.size().isValid() ? reader.size() : QSize(size, size);
        const QSize scaled = natural.scaled(size, size, Qt::KeepAspectRatio);
        reader.setScaledSize(scaled);
        const QImage drawing = reader.read();
        if (drawing.isNull())
            return fail(QStringLiteral("cannot render %1 at %2 px: %3")
                            .arg(svg)
                            .arg(size)
                            .arg(reader.errorString()));

        QImage icon(size, size, QImage::Format_ARGB32_Premultiplied);
        icon.fill(Qt::transparent);
        QPainter painter(&icon);
        painter.drawImage((size - scaled.width()) / 2, (size - scaled.height()) / 2, drawing);
        painter.end();

        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(outDir).arg(size);
        const QString file = QStringLiteral("%1/%2.png").arg(folder, name);
        if (!QDir().mkpath(folder) || !icon.save(file, "PNG"))
            return fail(QStringLiteral("cannot write %1").arg(file));
    }
    return 0;
}
