// The host's aria2 JSON-RPC reply parsers, on what aria2 (or whatever listens
// on its port) answers.
#include "aria2rpc.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const bt::Result<QJsonValue> result = bt::Aria2Rpc::parseReply(bytes);
    if (!result.ok()) {
        (void)bt::toString(result.problems());
        return 0;
    }
    // Every method's parser gets every result: a reply to tellActive may
    // arrive where getVersion's was expected.
    (void)bt::Aria2Rpc::parseVersion(result.value());
    (void)bt::Aria2Rpc::parseGlobalStat(result.value());
    (void)bt::Aria2Rpc::parseDownloads(result.value());
    (void)bt::Aria2Rpc::parsePeers(result.value());
    return 0;
}
