#pragma once

#include <QByteArray>

namespace bt {

// The commented Boottorrent.yaml that `boottorrent init` writes: every key
// with what it does and a default that works on a typical lab network.
QByteArray skeletonBoottorrentYaml();

} // namespace bt
