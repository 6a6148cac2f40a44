// bttui's JSON parser, on aria2's JSON-RPC replies, and the readers built on
// it: Aria2Rpc::resultOf and DownloadStatus::fromReply.
#include "fuzzsupport.h"

#include "aria2rpc.h"
#include "downloadstatus.h"
#include "jsonvalue.h"

#include <cstddef>
#include <cstdint>

using bt::tui::JsonValue;

namespace {

// quote() writes what parse() reads: every string of the document survives
// the way back.
void checkStrings(const JsonValue &value, int depth)
{
    if (value.isString() || value.type() == JsonValue::Type::Number) {
        (void)value.toInt();
        const bt::tui::Outcome<JsonValue> again = JsonValue::parse(JsonValue::quote(value.text()));
        BTFUZZ_CHECK(again.ok() && again->isString() && again->text() == value.text());
    }
    for (const JsonValue &item : value.items())
        checkStrings(item, depth + 1);
    for (const auto &[key, member] : value.members()) {
        BTFUZZ_CHECK(value.member(key) != nullptr);
        checkStrings(member, depth + 1);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const bt::tui::Outcome<JsonValue> value = JsonValue::parse(text);
    if (value.ok())
        checkStrings(value.value(), 0);
    else
        BTFUZZ_CHECK(!value.error().empty());
    (void)bt::tui::Aria2Rpc::resultOf(text);
    (void)bt::tui::DownloadStatus::fromReply(text);
    return 0;
}
