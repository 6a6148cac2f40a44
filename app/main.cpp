#include "cli.h"
#include "commands.h"

#include <ui/gui.h>
#include <ui/language.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
    bool paints = false; // draws pictures with text: needs a (headless) QGuiApplication
};

const Command kCommands[] = {
    { "init", bt::cli::runInit,
        "create a new environment folder with a commented Boottorrent.yaml" },
    { "build", bt::cli::runBuild,
        "build DIR/out/: torrents, client configuration, service configuration" },
    { "serve", bt::cli::runServe,
        "serve DIR: DHCP, TFTP, tracker and seeder, with live client status" },
    { "status", bt::cli::runStatus, "print the clients of a running serve of DIR" },
    { "lab", bt::cli::runLab,
        "boot simulated clients and virtual machines against DIR in a namespace lab" },
    { "wake", bt::cli::runWake, "power lab machines on with Wake-on-LAN" },
    { "report", bt::cli::runReport,
        "print the boot wave report of DIR; write it as CSV and its curve as PNG", true },
};

QtMessageHandler g_defaultHandler = nullptr;

// The offscreen platform looks for a session's runtime folder that it never
// uses here, and root outside a session has none: that warning would stand
// before a command's one line of error.
void withoutRuntimeDirWarning(
    QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    if (type == QtWarningMsg && text.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")))
        return;
    g_defaultHandler(type, context, text);
}

QString usage()
{
    QString text = QStringLiteral(
        "Usage: boottorrent [DIR]          open the desktop app (on the environment DIR)\n"
        "       boottorrent --lab N DIR    the same, with a virtual lab of N simulated clients "
        "booting\n"
        "       boottorrent --serve DIR    the same, serving DIR (as Start Serving)\n"
        "       boottorrent <command> [options] DIR\n\n"
        "BootTorrent boots a room of computers over the network and hands each one its\n"
        "operating system peer-to-peer.\n\n"
        "Commands:\n");
    for (const Command &c : kCommands)
        text += QStringLiteral("  %1 %2\n")
                    .arg(QLatin1String(c.name), -8)
                    .arg(QLatin1String(c.summary));
    text += QStringLiteral("\nRun `boottorrent <command> --help` for a command's options.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString first = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    for (const Command &c : kCommands) {
        if (first == QLatin1String(c.name)) {
            // Fonts for the pictures, without a display.
            if (c.paints) {
                qputenv("QT_QPA_PLATFORM", "offscreen");
                g_defaultHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
            }
            const std::unique_ptr<QCoreApplication> app = c.paints
                ? std::make_unique<QGuiApplication>(argc, argv)
                : std::make_unique<QCoreApplication>(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("boottorrent"));
            QCoreApplication::setApplicationVersion(QStringLiteral(BOOTTORRENT_VERSION));
            bt::Language::install(app.get(), QLocale::system());
            QStringList arguments = QCoreApplication::arguments().mid(1);
            arguments[0] = QStringLiteral("boottorrent ") + arguments[0];
            return c.run(arguments);
        }
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        QTextStream(stdout) << usage();
        return bt::cli::Success;
    }
    if (first == QLatin1String("--version")) {
        QTextStream(stdout) << "boottorrent " << BOOTTORRENT_VERSION << Qt::endl;
        return bt::cli::Success;
    }
    // The desktop app: on DIR when one is given; `--lab N DIR` also starts a
    // virtual lab of N simulated clients against it.
    QString dir;
    int labClients = 0;
    bool serve = false;
    if (first == QLatin1String("--serve")) {
        if (argc != 3) {
            QTextStream(stderr)
                << "boottorrent: --serve expects an environment folder: boottorrent --serve DIR\n";
            return bt::cli::BadInput;
        }
        serve = true;
        dir = QString::fromLocal8Bit(argv[2]);
    } else if (first == QLatin1String("--lab")) {
        bool ok = false;
        labClients = argc == 4 ? QString::fromLocal8Bit(argv[2]).toInt(&ok) : 0;
        if (!ok || labClients < 1) {
            QTextStream(stderr) << "boottorrent: --lab expects a number of clients and a folder: "
                                   "boottorrent --lab 4 DIR\n";
            return bt::cli::BadInput;
        }
        dir = QString::fromLocal8Bit(argv[3]);
    } else if (first.startsWith(QLatin1Char('-')) || argc > 2) {
        QTextStream(stderr) << usage();
        return bt::cli::BadInput;
    } else {
        dir = first;
    }
    if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
        QTextStream(stderr)
            << "boottorrent: \"" << dir
            << "\" is neither a command nor an environment folder (see boottorrent --help)\n";
        return bt::cli::BadInput;
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        QTextStream(stderr)
            << "boottorrent: no graphical display (DISPLAY is not set): run the desktop app in a "
               "desktop session, or use the headless commands (see boottorrent --help)\n";
        return bt::cli::BadInput;
    }
    return bt::runGui(
        argc, argv, dir.isEmpty() ? QString() : QDir(dir).absolutePath(), labClients, serve);
}
