// dnsmasq's lease file, as LeaseFileReader reads it from disk.
#include "leasefilereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)bt::LeaseFileReader::parse(bytes);
    return 0;
}
