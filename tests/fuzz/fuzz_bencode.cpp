// The bencode reader both sides share, and the host's scrape reader on top of
// it, on what opentracker answers to a scrape.
#include "trackermonitor.h"

#include <wire/bencodereader.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Raw data, without the terminating zero a copy would add: a read one
    // byte past the reply is caught.
    const std::string_view view(reinterpret_cast<const char *>(data), size);
    const bt::wire::BencodeReader::Read read = bt::wire::BencodeReader::read(view);
    if (!read.ok() && read.position > size)
        __builtin_trap();

    const QByteArray bytes = QByteArray::fromRawData(view.data(), qsizetype(size));
    const auto counts = bt::TrackerMonitor::parseScrape(bytes);
    if (!counts.ok())
        (void)bt::toString(counts.problems());
    return 0;
}
