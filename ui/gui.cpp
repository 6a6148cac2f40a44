#include "gui.h"

#include "labcontroller.h"
#include "language.h"
#include "mainwindow.h"
#include "themeicon.h"

#include <serve/terminationsignals.h>

#include <QApplication>

namespace bt {

int runGui(int argc, char **argv, const QString &environmentDir, int labClients, bool serve)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("BootTorrent"));
    QApplication::setApplicationName(QStringLiteral("boottorrent"));
    QApplication::setApplicationDisplayName(QStringLiteral("BootTorrent"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.boottorrent.BootTorrent"));
    QApplication::setWindowIcon(themeIcon(QStringLiteral("boottorrent")));
    Language::install(&app);

    // Ctrl+C in the terminal or a SIGTERM ends the event loop normally, so
    // the window's destructors remove a virtual lab. A serve the window
    // started is a process of its own and goes on serving.
    watchTerminationSignals([] { QApplication::quit(); });

    MainWindow window;
    window.show();
    if (!environmentDir.isEmpty() && window.openEnvironment(environmentDir)) {
        if (labClients > 0)
            window.labController()->start(labClients, 0);
        if (serve && !window.isServing())
            window.startServing();
    }
    return app.exec();
}

} // namespace bt
