// The host's bencode reader, on what opentracker answers to a scrape.
#include "private/bencodereader.h"
#include "trackermonitor.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    // Raw data, without the terminating zero a copy would add: a read one
    // byte past the reply is caught.
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const bt::Result<bt::BencodeValue> value = bt::BencodeReader::read(bytes);
    if (!value.ok())
        (void)bt::toString(value.problems());

    const auto counts = bt::TrackerMonitor::parseScrape(bytes);
    if (!counts.ok())
        (void)bt::toString(counts.problems());
    return 0;
}
