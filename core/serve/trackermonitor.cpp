#include "trackermonitor.h"

#include "private/bencodereader.h"
#include "private/pollround.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

#include <limits>

namespace bt {

namespace {

// A scrape reply takes under 100 bytes per torrent; a larger one is not opentracker's.
constexpr qint64 MaxReplySize = 1024 * 1024;

Problem scrapeProblem(const QString &message)
{
    return Problem { QStringLiteral("opentracker"), QStringLiteral("scrape"), message };
}

bool isHexHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{40}$"));
    return hex.match(text).hasMatch();
}

// A missing count is zero; one that is no count at all makes the reply nonsense.
bool readCount(const BencodeValue &torrent, const char *key, int &count)
{
    const BencodeValue *value = torrent.find(QByteArray(key));
    if (!value) {
        count = 0;
        return true;
    }
    if (!value->isInteger() || value->integer < 0
        || value->integer > std::numeric_limits<int>::max())
        return false;
    count = int(value->integer);
    return true;
}

} // namespace

TrackerMonitor::TrackerMonitor(
    const QString &host, quint16 port, const QStringList &infoHashes, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_port(port)
    , m_round(new PollRound(2000, this))
    , m_network(new QNetworkAccessManager(this))
{
    connect(m_round, &PollRound::due, this, &TrackerMonitor::pollNow);
    connect(m_round, &PollRound::failed, this, &TrackerMonitor::pollFailed);
    connect(m_round, &PollRound::recovered, this, &TrackerMonitor::pollRecovered);
    for (const QString &hash : infoHashes) {
        const QString lower = hash.trimmed().toLower();
        if (isHexHash(lower) && !m_infoHashes.contains(lower))
            m_infoHashes.append(lower);
    }
    // Only ever the host's own tracker: no proxy from the environment may intervene.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void TrackerMonitor::setInterval(int milliseconds) { m_round->setInterval(milliseconds); }

void TrackerMonitor::setTimeout(int milliseconds) { m_timeout = milliseconds; }

void TrackerMonitor::start() { m_round->start(); }

void TrackerMonitor::stop() { m_round->stop(); }

bool TrackerMonitor::isRunning() const { return m_round->isRunning(); }

void TrackerMonitor::pollNow()
{
    // One answer for this loop itself: the round also ends when there is nothing to ask.
    if (!m_round->begin(1))
        return;
    m_counts.clear();
    const quint64 round = m_round->round();
    for (qsizetype first = 0; first < m_infoHashes.size(); first += MaxHashesPerScrape) {
        QNetworkRequest request(
            scrapeUrl(m_host, m_port, m_infoHashes.mid(first, MaxHashesPerScrape)));
        request.setTransferTimeout(m_timeout);
        QNetworkReply *reply = m_network->get(request);
        m_round->expect();
        connect(reply, &QNetworkReply::finished, this, [this, reply, round] {
            reply->deleteLater();
            if (!m_round->isCurrent(round))
                return;
            if (reply->error() != QNetworkReply::NoError)
                m_round->fail(QStringLiteral("The tracker did not answer the scrape: %1.").arg(reply->errorString()));
            else if (const auto counts = parseScrape(reply->read(MaxReplySize)); !counts.ok())
                m_round->fail(counts.problems().first().message);
            else
                m_counts.insert(counts.value());
            answered();
        });
    }
    answered();
}

void TrackerMonitor::answered()
{
    if (!m_round->answered())
        return;
    TrackerSnapshot snapshot;
    snapshot.time = QDateTime::currentDateTime();
    for (const QString &hash : std::as_const(m_infoHashes))
        snapshot.torrents.insert(hash, m_counts.value(hash));
    Q_EMIT trackerUpdated(snapshot);
}

QUrl TrackerMonitor::scrapeUrl(const QString &host, quint16 port, const QStringList &infoHashes)
{
    // Each info_hash carries the 20 raw bytes, percent-encoded by hand:
    // QUrlQuery would treat them as text.
    QByteArray query;
    for (const QString &hash : infoHashes) {
        if (!query.isEmpty())
            query += '&';
        query += "info_hash=" + QByteArray::fromHex(hash.toLatin1()).toPercentEncoding();
    }
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/scrape"));
    url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    return url;
}

Result<QHash<QString, TrackerCounts>> TrackerMonitor::parseScrape(const QByteArray &body)
{
    const Result<BencodeValue> decoded = BencodeReader::read(body);
    if (!decoded.ok())
        return scrapeProblem(QStringLiteral("The tracker's scrape reply is %1")
                                 .arg(decoded.problems().first().message));
    const BencodeValue &reply = decoded.value();
    if (!reply.isDictionary())
        return scrapeProblem(QStringLiteral("The tracker's scrape reply is no dictionary."));
    if (const BencodeValue *reason = reply.find("failure reason"))
        return scrapeProblem(QStringLiteral("The tracker refused the scrape: %1.")
                                 .arg(QString::fromUtf8(reason->string)));
    const BencodeValue *files = reply.find("files");
    if (!files || !files->isDictionary())
        return scrapeProblem(QStringLiteral("The tracker's scrape reply lists no files."));

    QHash<QString, TrackerCounts> counts;
    for (const auto &[hash, torrent] : files->dictionary) {
        if (hash.size() != 20)
            return scrapeProblem(
                QStringLiteral("The tracker's scrape reply names a torrent by %1 bytes instead of "
                               "a 20-byte info-hash.")
                    .arg(hash.size()));
        TrackerCounts torrentCounts;
        if (!torrent.isDictionary() || !readCount(torrent, "complete", torrentCounts.seeders)
            || !readCount(torrent, "incomplete", torrentCounts.leechers)
            || !readCount(torrent, "downloaded", torrentCounts.completedDownloads))
            return scrapeProblem(
                QStringLiteral("The tracker's scrape reply has no valid counts for %1.")
                    .arg(QString::fromLatin1(hash.toHex())));
        counts.insert(QString::fromLatin1(hash.toHex()), torrentCounts);
    }
    return counts;
}

Result<QStringList> TrackerMonitor::readWhitelist(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Problem { path, QString(),
            QStringLiteral("cannot read the tracker whitelist: %1").arg(file.errorString()) };
    QStringList hashes;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromLatin1(file.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        if (!isHexHash(line))
            return Problem { path, QString(),
                QStringLiteral("line %1 is not a hex info-hash: rebuild the environment")
                    .arg(lineNumber) };
        hashes.append(line.toLower());
    }
    return hashes;
}

} // namespace bt
