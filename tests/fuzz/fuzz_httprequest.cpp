// The status endpoint's request parser, on bytes as a lab machine (or anyone
// on the network) sends them.
#include "fuzzsupport.h"

#include "httprequestparser.h"

#include <cstddef>
#include <cstdint>

using bt::HttpRequestParser;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    HttpRequestParser whole;
    whole.feed(bytes);
    if (whole.status() == HttpRequestParser::Status::Complete)
        (void)whole.request().path();
    else if (whole.status() == HttpRequestParser::Status::Failed)
        BTFUZZ_CHECK(!whole.errorMessage().isEmpty());

    // feed() takes bytes "in any pieces": a TCP segment boundary anywhere,
    // here where the first byte says, must not change the outcome.
    if (size == 0)
        return 0;
    const qsizetype cut = qsizetype(data[0]) * bytes.size() / 256;
    HttpRequestParser pieces;
    pieces.feed(bytes.left(cut));
    pieces.feed(bytes.mid(cut));
    BTFUZZ_CHECK(pieces.status() == whole.status());
    BTFUZZ_CHECK(pieces.errorCode() == whole.errorCode());
    if (whole.status() == HttpRequestParser::Status::Complete) {
        const bt::HttpRequest &a = whole.request();
        const bt::HttpRequest &b = pieces.request();
        BTFUZZ_CHECK(a.method == b.method && a.target == b.target && a.version == b.version);
        BTFUZZ_CHECK(a.headers == b.headers && a.body == b.body);
    }
    return 0;
}
