#pragma once

#include "aria2download.h"
#include "aria2globalstat.h"
#include "aria2peer.h"
#include "aria2version.h"

#include <environment/result.h>

#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace bt {

// Asynchronous client of aria2's JSON-RPC 2.0 interface on
// http://127.0.0.1:<port>/jsonrpc. Every call returns at once; its answer
// (or the problem) arrives later through the callback, on this object's
// thread, and only while `context` still exists.
class Aria2Rpc : public QObject
{
    Q_OBJECT
public:
    template <typename T> using Reply = std::function<void(const Result<T> &)>;

    Aria2Rpc(quint16 port, const QString &secret, QObject *parent = nullptr);

    QUrl endpoint() const;
    void setTimeout(int milliseconds); // per request, default 3000

    void call(
        const QString &method, const QJsonArray &params, QObject *context, Reply<QJsonValue> done);
    void getVersion(QObject *context, Reply<Aria2Version> done);
    void getGlobalStat(QObject *context, Reply<Aria2GlobalStat> done);
    void tellActive(QObject *context, Reply<QList<Aria2Download>> done);
    void tellWaiting(int offset, int count, QObject *context, Reply<QList<Aria2Download>> done);
    void getPeers(const QString &gid, QObject *context, Reply<QList<Aria2Peer>> done);

    // The pieces, public so recorded replies can be replayed without aria2.
    static QByteArray requestBody(
        const QString &method, const QJsonArray &params, const QString &secret, const QString &id);
    static Result<QJsonValue> parseReply(const QByteArray &body);
    static Result<Aria2Version> parseVersion(const QJsonValue &result);
    static Result<Aria2GlobalStat> parseGlobalStat(const QJsonValue &result);
    static Result<QList<Aria2Download>> parseDownloads(const QJsonValue &result);
    static Result<QList<Aria2Peer>> parsePeers(const QJsonValue &result);
    // The keys tellActive/tellWaiting ask for, so aria2 does not send each
    // file's URI list once per second.
    static QJsonArray downloadKeys();

private:
    quint16 m_port;
    QString m_secret;
    int m_timeout = 3000;
    quint64 m_nextId = 1;
    QNetworkAccessManager *m_network;
};

} // namespace bt
