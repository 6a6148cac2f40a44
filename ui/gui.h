#pragma once

#include <QString>

namespace bt {

// Runs the desktop GUI: creates the QApplication, installs translators,
// shows the main window (opening environmentDir when it is not empty) and
// returns the event loop's exit code.
int runGui(int argc, char **argv, const QString &environmentDir);

} // namespace bt
