#include "downloadstatus.h"

#include "aria2rpc.h"

namespace bt::tui {

namespace {

std::string textOf(const JsonValue &object, const char *key)
{
    const JsonValue *value = object.member(key);
    return value ? value->text() : std::string();
}

std::int64_t numberOf(const JsonValue &object, const char *key)
{
    const JsonValue *value = object.member(key);
    return value ? value->toInt(0) : 0;
}

} // namespace

Outcome<DownloadStatus> DownloadStatus::fromReply(const std::string &replyBody)
{
    const Outcome<JsonValue> result = Aria2Rpc::resultOf(replyBody);
    if (!result)
        return Outcome<DownloadStatus>::failure(result.error());
    if (!result->isObject())
        return Outcome<DownloadStatus>::failure(
            "aria2.tellStatus answered without a status object");
    return Outcome<DownloadStatus>::success(fromResult(result.value()));
}

DownloadStatus DownloadStatus::fromResult(const JsonValue &result)
{
    DownloadStatus status;
    status.gid = textOf(result, "gid");
    status.status = textOf(result, "status");
    status.completedLength = numberOf(result, "completedLength");
    status.totalLength = numberOf(result, "totalLength");
    status.verifiedLength = numberOf(result, "verifiedLength");
    status.downloadSpeed = numberOf(result, "downloadSpeed");
    status.uploadSpeed = numberOf(result, "uploadSpeed");
    status.uploadLength = numberOf(result, "uploadLength");
    status.numSeeders = static_cast<int>(numberOf(result, "numSeeders"));
    status.connections = static_cast<int>(numberOf(result, "connections"));
    status.seeder = textOf(result, "seeder") == "true";
    status.verifying
        = textOf(result, "verifyIntegrityPending") == "true" || result.member("verifiedLength");
    status.infoHash = textOf(result, "infoHash");
    status.errorCode = textOf(result, "errorCode");
    status.errorMessage = textOf(result, "errorMessage");
    return status;
}

} // namespace bt::tui
