// The JSON body a lab machine POSTs to /api/v1/clients/<mac>, read as the
// status server reads it.
#include "fuzzsupport.h"

#include "clientstatus.h"

#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray body
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return 0;
    QString error;
    bool unprocessable = false;
    const std::optional<bt::ClientStatus> status
        = bt::ClientStatus::fromJson(document.object(), &error, &unprocessable);
    if (!status) {
        BTFUZZ_CHECK(!error.isEmpty());
        return 0;
    }
    // What the host stores it republishes: the status must read back as itself.
    const std::optional<bt::ClientStatus> again = bt::ClientStatus::fromJson(status->toJson());
    BTFUZZ_CHECK(again && *again == *status);
    return 0;
}
