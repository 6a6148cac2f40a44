// DhcpProbe::parseOffer on a raw UDP datagram: anything on the network may
// answer a DHCPDISCOVER.
#include "dhcpprobe.h"

#include <QtEndian>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray datagram
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The transaction id the datagram carries, so the fuzzer need not guess
    // it to reach the options.
    const quint32 xid = size >= 8 ? qFromBigEndian<quint32>(data + 4) : 7;
    const std::optional<bt::DhcpProbe::Offer> offer = bt::DhcpProbe::parseOffer(datagram, xid);
    if (offer) {
        (void)bt::DhcpProbe::judge(true, QStringLiteral("eth0"), { *offer }, 2000);
        (void)bt::DhcpProbe::judge(false, QStringLiteral("eth0"), { *offer }, 2000);
    }
    return 0;
}
