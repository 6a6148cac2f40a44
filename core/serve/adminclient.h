#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace bt {

// Where a serve's admin API listens and what opens it.
struct AdminEndpoint
{
    QString host; // "127.0.0.1", "192.0.2.7", "::1"
    quint16 port = 0;
    QByteArray token;
    // A network namespace (a name under /run/netns) the address is in, as
    // for the virtual lab's serve; empty: this machine's own network.
    // Reaching into one needs root.
    QString netns;

    // "127.0.0.1:40123"; IPv6 in brackets.
    QString address() const;
    // "HOST:PORT" (IPv6 as "[ADDR]:PORT"); nothing when it is not one.
    static std::optional<AdminEndpoint> parse(const QString &address);
    bool operator==(const AdminEndpoint &) const = default;
};

// Asks serve's admin API, one request per connection as the API answers
// them: bounded in time and in the size of the answer, asynchronous.
class AdminClient : public QObject
{
    Q_OBJECT
public:
    // status: the HTTP status, 0 when there was no answer (then `error`
    // says why); body: the JSON object answered (empty when none).
    using Reply = std::function<void(int status, const QJsonObject &body, const QString &error)>;

    static constexpr qint64 MaxReplyBytes = 64LL * 1024 * 1024;
    static constexpr int TimeoutMs = 5000;

    explicit AdminClient(QObject *parent = nullptr);
    void setEndpoint(const AdminEndpoint &endpoint) { m_endpoint = endpoint; }
    const AdminEndpoint &endpoint() const { return m_endpoint; }

    void get(const QString &path, const Reply &reply);
    // body: a JSON object sent with the request; empty: none.
    void post(const QString &path, const Reply &reply, const QByteArray &body = {});
    // Requests under way; their replies never come.
    void abortAll();

private:
    void send(const QByteArray &method, const QString &path, const Reply &reply,
        const QByteArray &body = {});

    AdminEndpoint m_endpoint;
};

} // namespace bt
