#include "aria2rpc.h"

#include "httpclient.h"

namespace bt::tui {

Aria2Rpc::Aria2Rpc(int port, std::string secret)
    : m_port(port)
    , m_secret(std::move(secret))
{
}

std::string Aria2Rpc::requestBody(
    const std::string &method, const std::vector<std::string> &params) const
{
    std::string body = "{\"jsonrpc\":\"2.0\",\"id\":\"bttui\",\"method\":"
        + JsonValue::quote(method) + ",\"params\":[" + JsonValue::quote("token:" + m_secret);
    for (const std::string &param : params)
        body += "," + param;
    return body + "]}";
}

Outcome<JsonValue> Aria2Rpc::resultOf(const std::string &replyBody)
{
    const Outcome<JsonValue> reply = JsonValue::parse(replyBody);
    if (!reply)
        return Outcome<JsonValue>::failure("aria2 RPC: " + reply.error());
    if (const JsonValue *error = reply->member("error")) {
        const JsonValue *message = error->member("message");
        return Outcome<JsonValue>::failure(
            "aria2 RPC error: " + (message ? message->text() : std::string("unknown")));
    }
    const JsonValue *result = reply->member("result");
    if (!result)
        return Outcome<JsonValue>::failure("aria2 RPC: reply without a result");
    return Outcome<JsonValue>::success(*result);
}

Outcome<JsonValue> Aria2Rpc::call(const std::string &method, const std::vector<std::string> &params,
    std::chrono::milliseconds timeout) const
{
    const Outcome<HttpResponse> response = HttpClient::post(*Ipv4Address::parse("127.0.0.1"),
        m_port, "/jsonrpc", "application/json", requestBody(method, params), timeout);
    if (!response)
        return Outcome<JsonValue>::failure("aria2 RPC: " + response.error());
    // aria2 answers errors with HTTP 400 and still a JSON body that says why.
    return resultOf(response->body);
}

Outcome<DownloadStatus> Aria2Rpc::tellStatus(const std::string &gid) const
{
    // Only the fields bttui reads: the full answer lists every file of the OS, four times a second.
    static const std::string keys
        = "[\"gid\",\"status\",\"completedLength\",\"totalLength\","
          "\"verifiedLength\",\"verifyIntegrityPending\",\"downloadSpeed\","
          "\"uploadSpeed\",\"uploadLength\",\"numSeeders\",\"connections\","
          "\"seeder\",\"infoHash\",\"errorCode\",\"errorMessage\"]";
    const Outcome<JsonValue> result = call("aria2.tellStatus", { JsonValue::quote(gid), keys });
    if (!result)
        return Outcome<DownloadStatus>::failure(result.error());
    if (!result->isObject())
        return Outcome<DownloadStatus>::failure(
            "aria2.tellStatus answered without a status object");
    return Outcome<DownloadStatus>::success(DownloadStatus::fromResult(result.value()));
}

Outcome<JsonValue> Aria2Rpc::getVersion() const
{
    return call("aria2.getVersion", {}, std::chrono::milliseconds(1000));
}

void Aria2Rpc::forceShutdown() const
{
    call("aria2.forceShutdown", {}, std::chrono::milliseconds(1000));
}

} // namespace bt::tui
