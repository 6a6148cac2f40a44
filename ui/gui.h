#pragma once

#include <QString>

namespace bt {

// Runs the desktop GUI: creates the QApplication, installs translators,
// shows the main window (opening environmentDir when it is not empty) and
// returns the event loop's exit code. labClients > 0 starts a virtual lab
// of that many simulated clients on the environment at once; serve starts
// serving it (as Start Serving does).
int runGui(
    int argc, char **argv, const QString &environmentDir, int labClients = 0, bool serve = false);

} // namespace bt
