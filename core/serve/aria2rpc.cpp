#include "aria2rpc.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>

namespace bt {

namespace {

// aria2 replies are small; a larger one is not aria2.
constexpr qint64 MaxReplySize = 32 * 1024 * 1024;

Problem rpcProblem(const QString &what, const QString &message)
{
    return Problem { QStringLiteral("aria2"), what, message };
}

// aria2 encodes every number as a decimal string.
qint64 number(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble()) {
        // A number beyond qint64 (or not one) is no count aria2 sends.
        const double number = value.toDouble();
        return number >= -9.0e18 && number <= 9.0e18 ? qint64(number) : 0;
    }
    return value.toString().toLongLong();
}

bool flag(const QJsonObject &object, const QString &key)
{
    const QJsonValue value = object.value(key);
    return value.isBool() ? value.toBool() : value.toString() == QStringLiteral("true");
}

template <typename T>
void deliver(const QPointer<QObject> &context, bool hadContext, const Aria2Rpc::Reply<T> &done,
    const Result<T> &result)
{
    if (hadContext && !context)
        return;
    if (done)
        done(result);
}

template <typename T, typename Parse>
Aria2Rpc::Reply<QJsonValue> thenParse(Aria2Rpc::Reply<T> done, Parse parse)
{
    return [done = std::move(done), parse](const Result<QJsonValue> &reply) {
        if (!reply.ok()) {
            done(reply.problems());
            return;
        }
        done(parse(reply.value()));
    };
}

} // namespace

Aria2Rpc::Aria2Rpc(quint16 port, const QString &secret, QObject *parent)
    : QObject(parent)
    , m_port(port)
    , m_secret(secret)
    , m_network(new QNetworkAccessManager(this))
{
    // Only ever the local aria2: no proxy from the environment may intervene.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

QUrl Aria2Rpc::endpoint() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    url.setPath(QStringLiteral("/jsonrpc"));
    return url;
}

void Aria2Rpc::setTimeout(int milliseconds) { m_timeout = milliseconds; }

QByteArray Aria2Rpc::requestBody(
    const QString &method, const QJsonArray &params, const QString &secret, const QString &id)
{
    QJsonArray allParams;
    if (!secret.isEmpty())
        allParams.append(QStringLiteral("token:") + secret);
    for (const QJsonValue &param : params)
        allParams.append(param);
    const QJsonObject request {
        { QStringLiteral("jsonrpc"), QStringLiteral("2.0") },
        { QStringLiteral("id"), id },
        { QStringLiteral("method"), method },
        { QStringLiteral("params"), allParams },
    };
    return QJsonDocument(request).toJson(QJsonDocument::Compact);
}

void Aria2Rpc::call(
    const QString &method, const QJsonArray &params, QObject *context, Reply<QJsonValue> done)
{
    QNetworkRequest request(endpoint());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(m_timeout);
    const QString id = QStringLiteral("bt%1").arg(m_nextId++);
    QNetworkReply *reply = m_network->post(request, requestBody(method, params, m_secret, id));
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
        [reply, guard, hadContext, method, done = std::move(done)] {
            reply->deleteLater();
            const QByteArray body = reply->read(MaxReplySize);
            // aria2 answers RPC errors with HTTP 400 and a JSON-RPC error body, so
            // the body decides whenever there is one.
            if (body.isEmpty() && reply->error() != QNetworkReply::NoError) {
                deliver<QJsonValue>(guard, hadContext, done,
                    rpcProblem(method,
                        QStringLiteral("aria2 did not answer: %1.").arg(reply->errorString())));
                return;
            }
            Result<QJsonValue> result = parseReply(body);
            if (!result.ok()) {
                Problems problems = result.problems();
                for (Problem &problem : problems)
                    problem.keyPath = method;
                result = problems;
            }
            deliver<QJsonValue>(guard, hadContext, done, result);
        });
}

void Aria2Rpc::getVersion(QObject *context, Reply<Aria2Version> done)
{
    call(QStringLiteral("aria2.getVersion"), {}, context,
        thenParse(std::move(done), &Aria2Rpc::parseVersion));
}

void Aria2Rpc::getGlobalStat(QObject *context, Reply<Aria2GlobalStat> done)
{
    call(QStringLiteral("aria2.getGlobalStat"), {}, context,
        thenParse(std::move(done), &Aria2Rpc::parseGlobalStat));
}

void Aria2Rpc::tellActive(QObject *context, Reply<QList<Aria2Download>> done)
{
    // Not `{ downloadKeys() }`: that would copy the key list instead of nesting it.
    QJsonArray params;
    params.append(downloadKeys());
    call(QStringLiteral("aria2.tellActive"), params, context,
        thenParse(std::move(done), &Aria2Rpc::parseDownloads));
}

void Aria2Rpc::tellWaiting(
    int offset, int count, QObject *context, Reply<QList<Aria2Download>> done)
{
    call(QStringLiteral("aria2.tellWaiting"), { offset, count, downloadKeys() }, context,
        thenParse(std::move(done), &Aria2Rpc::parseDownloads));
}

void Aria2Rpc::getPeers(const QString &gid, QObject *context, Reply<QList<Aria2Peer>> done)
{
    call(QStringLiteral("aria2.getPeers"), { gid }, context,
        thenParse(std::move(done), &Aria2Rpc::parsePeers));
}

QJsonArray Aria2Rpc::downloadKeys()
{
    return { QStringLiteral("gid"), QStringLiteral("status"), QStringLiteral("infoHash"),
        QStringLiteral("totalLength"), QStringLiteral("completedLength"),
        QStringLiteral("uploadLength"), QStringLiteral("downloadSpeed"),
        QStringLiteral("uploadSpeed"), QStringLiteral("connections"), QStringLiteral("numSeeders"),
        QStringLiteral("seeder"), QStringLiteral("pieceLength"), QStringLiteral("numPieces"),
        QStringLiteral("bittorrent") };
}

Result<QJsonValue> Aria2Rpc::parseReply(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return rpcProblem(QString(), QStringLiteral("aria2 sent a reply that is not JSON-RPC."));
    const QJsonObject reply = document.object();
    if (reply.contains(QStringLiteral("error"))) {
        const QJsonObject rpcError = reply.value(QStringLiteral("error")).toObject();
        return rpcProblem(QString(),
            QStringLiteral("aria2 refused the request: %1 (code %2).")
                .arg(rpcError.value(QStringLiteral("message")).toString())
                .arg(rpcError.value(QStringLiteral("code")).toInt()));
    }
    if (!reply.contains(QStringLiteral("result")))
        return rpcProblem(QString(), QStringLiteral("aria2 sent a reply without a result."));
    return reply.value(QStringLiteral("result"));
}

Result<Aria2Version> Aria2Rpc::parseVersion(const QJsonValue &result)
{
    const QJsonObject object = result.toObject();
    if (!object.value(QStringLiteral("version")).isString())
        return rpcProblem(
            QStringLiteral("aria2.getVersion"), QStringLiteral("aria2 did not name its version."));
    Aria2Version version;
    version.version = object.value(QStringLiteral("version")).toString();
    const QJsonArray features = object.value(QStringLiteral("enabledFeatures")).toArray();
    for (const QJsonValue &feature : features)
        version.enabledFeatures.append(feature.toString());
    return version;
}

Result<Aria2GlobalStat> Aria2Rpc::parseGlobalStat(const QJsonValue &result)
{
    if (!result.isObject())
        return rpcProblem(
            QStringLiteral("aria2.getGlobalStat"), QStringLiteral("aria2 sent no statistics."));
    const QJsonObject object = result.toObject();
    Aria2GlobalStat stat;
    stat.downloadSpeed = number(object, QStringLiteral("downloadSpeed"));
    stat.uploadSpeed = number(object, QStringLiteral("uploadSpeed"));
    stat.numActive = int(number(object, QStringLiteral("numActive")));
    stat.numWaiting = int(number(object, QStringLiteral("numWaiting")));
    stat.numStopped = int(number(object, QStringLiteral("numStopped")));
    return stat;
}

Result<QList<Aria2Download>> Aria2Rpc::parseDownloads(const QJsonValue &result)
{
    if (!result.isArray())
        return rpcProblem(
            QStringLiteral("aria2.tellActive"), QStringLiteral("aria2 sent no list of downloads."));
    QList<Aria2Download> downloads;
    const QJsonArray array = result.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Aria2Download download;
        download.gid = object.value(QStringLiteral("gid")).toString();
        download.status = object.value(QStringLiteral("status")).toString();
        download.infoHash = object.value(QStringLiteral("infoHash")).toString().toLower();
        download.name = object.value(QStringLiteral("bittorrent"))
                            .toObject()
                            .value(QStringLiteral("info"))
                            .toObject()
                            .value(QStringLiteral("name"))
                            .toString();
        download.totalLength = number(object, QStringLiteral("totalLength"));
        download.completedLength = number(object, QStringLiteral("completedLength"));
        download.uploadLength = number(object, QStringLiteral("uploadLength"));
        download.downloadSpeed = number(object, QStringLiteral("downloadSpeed"));
        download.uploadSpeed = number(object, QStringLiteral("uploadSpeed"));
        download.pieceLength = number(object, QStringLiteral("pieceLength"));
        download.numPieces = int(number(object, QStringLiteral("numPieces")));
        download.connections = int(number(object, QStringLiteral("connections")));
        download.numSeeders = int(number(object, QStringLiteral("numSeeders")));
        download.seeder = flag(object, QStringLiteral("seeder"));
        if (download.gid.isEmpty())
            return rpcProblem(QStringLiteral("aria2.tellActive"),
                QStringLiteral("aria2 sent a download without a GID."));
        downloads.append(download);
    }
    return downloads;
}

Result<QList<Aria2Peer>> Aria2Rpc::parsePeers(const QJsonValue &result)
{
    if (!result.isArray())
        return rpcProblem(
            QStringLiteral("aria2.getPeers"), QStringLiteral("aria2 sent no list of peers."));
    QList<Aria2Peer> peers;
    const QJsonArray array = result.toArray();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        Aria2Peer peer;
        peer.peerId = object.value(QStringLiteral("peerId")).toString();
        peer.ip = object.value(QStringLiteral("ip")).toString();
        peer.port = quint16(number(object, QStringLiteral("port")));
        peer.amChoking = flag(object, QStringLiteral("amChoking"));
        peer.peerChoking = flag(object, QStringLiteral("peerChoking"));
        peer.seeder = flag(object, QStringLiteral("seeder"));
        peer.downloadSpeed = number(object, QStringLiteral("downloadSpeed"));
        peer.uploadSpeed = number(object, QStringLiteral("uploadSpeed"));
        peer.bitfield = object.value(QStringLiteral("bitfield")).toString();
        if (peer.ip.isEmpty())
            return rpcProblem(QStringLiteral("aria2.getPeers"),
                QStringLiteral("aria2 sent a peer without an address."));
        peers.append(peer);
    }
    return peers;
}

} // namespace bt
