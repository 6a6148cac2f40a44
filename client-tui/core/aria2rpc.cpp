#include "aria2rpc.h"

#include "boundedjson.h"
#include "httpclient.h"

#include <charconv>
#include <cstdint>

// bttui is built with exceptions (yaml-cpp reports errors through them), yet nothing here may
// throw on what comes back from aria2: replies are parsed by a builder that reports errors instead
// of throwing, every value's type is checked before it is read, and requests are written
// replacing any byte that is no UTF-8 instead of throwing.

namespace bt::tui {

namespace {

using Json = BoundedJson::Json;

// The fields DownloadStatus holds: the full answer lists every file of the OS, four times a
// second.
const char *const statusKeys[] = { "gid", "status", "completedLength", "totalLength",
    "verifiedLength", "verifyIntegrityPending", "downloadSpeed", "uploadSpeed", "uploadLength",
    "numSeeders", "connections", "seeder", "infoHash", "errorCode", "errorMessage" };

std::string requestText(
    const std::string &secret, const char *method, nlohmann::ordered_json params)
{
    params.insert(params.begin(), "token:" + secret);
    nlohmann::ordered_json request;
    request["jsonrpc"] = "2.0";
    request["id"] = "bttui";
    request["method"] = method;
    request["params"] = std::move(params);
    return request.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

constexpr auto textOf = &BoundedJson::textOf;

// aria2 sends every number as a decimal string; a JSON number is read too.
std::int64_t numberOf(const Json &object, const char *key)
{
    const auto found = object.find(key);
    if (found == object.end())
        return 0;
    if (found->is_number_integer())
        return found->get<std::int64_t>();
    if (!found->is_string())
        return 0;
    const std::string &text = found->get_ref<const std::string &>();
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc() && end == text.data() + text.size() ? value : 0;
}

// The "result" of a JSON-RPC reply, or the sentence saying why there is none.
Outcome<Json> resultOf(const std::string &replyBody)
{
    if (replyBody.size() > Aria2Rpc::maximumReplySize)
        return Outcome<Json>::failure("aria2 RPC: reply of " + std::to_string(replyBody.size())
            + " bytes, more than the " + std::to_string(Aria2Rpc::maximumReplySize) + " accepted");
    Json reply;
    const BoundedJson::Result parsed = BoundedJson::parse(replyBody, Aria2Rpc::maximumDepth, reply);
    if (parsed == BoundedJson::Result::TooDeep)
        return Outcome<Json>::failure("aria2 RPC: reply nested more than "
            + std::to_string(Aria2Rpc::maximumDepth) + " levels deep");
    if (parsed != BoundedJson::Result::Parsed)
        return Outcome<Json>::failure("aria2 RPC: reply is no JSON");
    if (const auto error = reply.find("error"); error != reply.end()) {
        const std::string message = textOf(*error, "message");
        return Outcome<Json>::failure(
            "aria2 RPC error: " + (message.empty() ? std::string("unknown") : message));
    }
    const auto result = reply.find("result");
    if (result == reply.end())
        return Outcome<Json>::failure("aria2 RPC: reply without a result");
    return Outcome<Json>::success(std::move(*result));
}

DownloadStatus statusOf(const Json &result)
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
        = textOf(result, "verifyIntegrityPending") == "true" || result.contains("verifiedLength");
    status.infoHash = textOf(result, "infoHash");
    status.errorCode = textOf(result, "errorCode");
    status.errorMessage = textOf(result, "errorMessage");
    return status;
}

} // namespace

Aria2Rpc::Aria2Rpc(int port, std::string secret)
    : m_port(port)
    , m_secret(std::move(secret))
{
}

std::string Aria2Rpc::tellStatusRequest(const std::string &gid) const
{
    nlohmann::ordered_json keys = nlohmann::ordered_json::array();
    for (const char *key : statusKeys)
        keys.push_back(key);
    return requestText(m_secret, "aria2.tellStatus", { gid, std::move(keys) });
}

std::string Aria2Rpc::forceShutdownRequest() const
{
    return requestText(m_secret, "aria2.forceShutdown", nlohmann::ordered_json::array());
}

Outcome<DownloadStatus> Aria2Rpc::parseTellStatus(const std::string &replyBody)
{
    const Outcome<Json> result = resultOf(replyBody);
    if (!result)
        return Outcome<DownloadStatus>::failure(result.error());
    if (!result->is_object())
        return Outcome<DownloadStatus>::failure(
            "aria2.tellStatus answered without a status object");
    return Outcome<DownloadStatus>::success(statusOf(result.value()));
}

Outcome<std::string> Aria2Rpc::post(
    const std::string &body, std::chrono::milliseconds timeout) const
{
    const Outcome<HttpResponse> response = HttpClient::post(
        *Ipv4Address::parse("127.0.0.1"), m_port, "/jsonrpc", "application/json", body, timeout);
    if (!response)
        return Outcome<std::string>::failure("aria2 RPC: " + response.error());
    // aria2 answers errors with HTTP 400 and still a JSON body that says why.
    return Outcome<std::string>::success(response->body);
}

Outcome<DownloadStatus> Aria2Rpc::tellStatus(const std::string &gid) const
{
    const Outcome<std::string> reply
        = post(tellStatusRequest(gid), std::chrono::milliseconds(2000));
    if (!reply)
        return Outcome<DownloadStatus>::failure(reply.error());
    return parseTellStatus(reply.value());
}

void Aria2Rpc::forceShutdown() const
{
    post(forceShutdownRequest(), std::chrono::milliseconds(1000));
}

} // namespace bt::tui
