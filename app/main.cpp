#include "cli.h"
#include "commands.h"

#include <ui/gui.h>
#include <ui/language.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include <functional>
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
        QT_TRANSLATE_NOOP(
            "bt::cli", "create a new environment folder with a commented Boottorrent.yaml") },
    { "build", bt::cli::runBuild,
        QT_TRANSLATE_NOOP(
            "bt::cli", "build DIR/out/: torrents, client configuration, service configuration") },
    { "serve", bt::cli::runServe,
        QT_TRANSLATE_NOOP(
            "bt::cli", "serve DIR: DHCP, TFTP, tracker and seeder, with live client status") },
    { "status", bt::cli::runStatus,
        QT_TRANSLATE_NOOP("bt::cli", "print the clients of a running serve of DIR") },
    { "lab", bt::cli::runLab,
        QT_TRANSLATE_NOOP("bt::cli",
            "boot simulated clients and virtual machines against DIR in a namespace lab") },
    { "wake", bt::cli::runWake,
        QT_TRANSLATE_NOOP("bt::cli", "power lab machines on with Wake-on-LAN") },
    { "report", bt::cli::runReport,
        QT_TRANSLATE_NOOP(
            "bt::cli", "print the boot wave report of DIR; write it as CSV and its curve as PNG"),
        true },
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
    QString text = QCoreApplication::translate("bt::cli",
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
                    .arg(QCoreApplication::translate("bt::cli", c.summary));
    text += QCoreApplication::translate(
        "bt::cli", "\nRun `boottorrent <command> --help` for a command's options.\n");
    return text;
}

// Prints text() to stream in the system's language and returns code. The
// application object lives only while it prints: the desktop app makes its own.
int printInLanguage(
    int argc, char *argv[], FILE *stream, const std::function<QString()> &text, int code)
{
    QCoreApplication app(argc, argv);
    bt::Language::install(&app, QLocale::system());
    QTextStream(stream) << text();
    return code;
}

// Prints the sentence of QT_TRANSLATE_NOOP("bt::cli", ...) on stderr; returns BadInput.
int badInput(int argc, char *argv[], const char *sentence)
{
    return printInLanguage(
        argc, argv, stderr, [sentence] { return QCoreApplication::translate("bt::cli", sentence); },
        bt::cli::BadInput);
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
        return printInLanguage(argc, argv, stdout, usage, bt::cli::Success);
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
            return badInput(argc, argv,
                QT_TRANSLATE_NOOP("bt::cli",
                    "boottorrent: --serve expects an environment folder: boottorrent --serve "
                    "DIR\n"));
        }
        serve = true;
        dir = QString::fromLocal8Bit(argv[2]);
    } else if (first == QLatin1String("--lab")) {
        bool ok = false;
        labClients = argc == 4 ? QString::fromLocal8Bit(argv[2]).toInt(&ok) : 0;
        if (!ok || labClients < 1) {
            return badInput(argc, argv,
                QT_TRANSLATE_NOOP("bt::cli",
                    "boottorrent: --lab expects a number of clients and a folder: "
                    "boottorrent --lab 4 DIR\n"));
        }
        dir = QString::fromLocal8Bit(argv[3]);
    } else if (first.startsWith(QLatin1Char('-')) || argc > 2) {
        return printInLanguage(argc, argv, stderr, usage, bt::cli::BadInput);
    } else {
        dir = first;
    }
    if (!dir.isEmpty() && !QFileInfo(dir).isDir()) {
        return printInLanguage(
            argc, argv, stderr,
            [&dir] {
                return QCoreApplication::translate("bt::cli",
                    "boottorrent: \"%1\" is neither a command nor an environment folder (see "
                    "boottorrent --help)\n")
                    .arg(dir);
            },
            bt::cli::BadInput);
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        return badInput(argc, argv,
            QT_TRANSLATE_NOOP("bt::cli",
                "boottorrent: no graphical display (DISPLAY is not set): run the desktop app in a "
                "desktop session, or use the headless commands (see boottorrent --help)\n"));
    }
    return bt::runGui(
        argc, argv, dir.isEmpty() ? QString() : QDir(dir).absolutePath(), labClients, serve);
}
