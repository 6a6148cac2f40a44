#pragma once

#include <string>
#include <vector>

namespace bt {

// What a lab leaves when its process ends by exit() without the lab's own teardown: Qt ends
// the app so when its X11 display goes away ("The X11 connection broke"), and neither
// VirtualLab's destructor nor its stop() runs. Its children die with it (PR_SET_PDEATHSIG),
// but the lab's network namespaces (its bridge, its veths) would stay until the next lab
// of any process swept them as stale. Armed, an atexit handler removes them at once.
namespace LabExitSweep {

// Arms the sweep once for this process; later calls do nothing.
void arm();
// The lab's own folder of files (a temporary one), removed by the sweep too; "" forgets it.
void setWorkDir(const std::string &path);
// Removes every lab namespace this process owns ("btlab<pid>-…" under `netnsDir`): kills what
// still runs in it, then unmounts and deletes its name, as `ip netns del` does. Returns the names
// removed. The atexit handler calls it with the default folder.
std::vector<std::string> sweep(const std::string &netnsDir = "/var/run/netns");

} // namespace LabExitSweep

} // namespace bt
