#pragma once

#include "environment/problem.h"

#include <QString>

namespace bt {

// Packs a folder into a gzip-compressed newc cpio archive, the format the
// Linux kernel unpacks as an additional initrd (torrents.gz, diff.gz).
class InitrdWriter
{
public:
    // Packs sourceDir as <prefix>/ and every file and folder under it (e.g.
    // prefix "torrents" gives torrents/, torrents/configs.yaml,
    // torrents/debian.torrent). Entries are sorted, owned by root and dated
    // 0, so the same input always gives the same bytes. destFile is replaced
    // atomically: on any problem it is left as it was.
    static Problems write(const QString &sourceDir, const QString &prefix, const QString &destFile);
};

} // namespace bt
