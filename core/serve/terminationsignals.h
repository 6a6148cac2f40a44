#pragma once

#include <functional>

namespace bt {

// Turns SIGINT and SIGTERM into an event on the main loop: the signal
// handler only writes a byte to a socket pair, and onTerminate runs as an
// ordinary slot, where stopping services and removing namespaces is safe.
// Call once, after the application object exists.
void watchTerminationSignals(const std::function<void()> &onTerminate);

} // namespace bt
