#include "trackermonitor.h"

#include "private/pollround.h"

#include <wire/scrapereply.h>

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace bt {

namespace {

// A scrape reply takes under 100 bytes per torrent; a larger one is not opentracker's.
constexpr qint64 MaxReplySize = wire::BencodeReader::MaxSize;

Problem scrapeProblem(const QString &message)
{
    return Problem { QStringLiteral("opentracker"), QStringLiteral("scrape"), message };
}

bool isHexHash(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{40}$"));
    return hex.match(text).hasMatch();
}

QString bencodeErrorText(wire::BencodeReader::Error error)
{
    using Error = wire::BencodeReader::Error;
    switch (error) {
    case Error::None:
        break;
    case Error::TooLarge:
        return QStringLiteral("larger than %1 bytes").arg(wire::BencodeReader::MaxSize);
    case Error::TooManyValues:
        return QStringLiteral("more than %1 values").arg(wire::BencodeReader::MaxValues);
    case Error::NestedTooDeeply:
        return QStringLiteral("nested too deeply");
    case Error::EndsEarly:
        return QStringLiteral("the data ends early");
    case Error::UnexpectedCharacter:
        return QStringLiteral("unexpected character");
    case Error::ListDoesNotEnd:
        return QStringLiteral("a list does not end");
    case Error::DictionaryDoesNotEnd:
        return QStringLiteral("a dictionary does not end");
    case Error::NumberTooLarge:
        return QStringLiteral("a number is too large");
    case Error::NumberHasNoDigits:
        return QStringLiteral("a number has no digits");
    case Error::NumberDoesNotEnd:
        return QStringLiteral("a number does not end");
    case Error::StringExpected:
        return QStringLiteral("a string was expected");
    case Error::StringLongerThanData:
        return QStringLiteral("a string is longer than the data");
    case Error::DataFollows:
        return QStringLiteral("data follows the value");
    }
    return QString();
}

QString hexText(const std::string &bytes)
{
    return QString::fromStdString(wire::ScrapeReply::hex(bytes));
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
                m_round->fail(QStringLiteral("The tracker did not answer the scrape: %1.")
                                  .arg(reply->errorString()));
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
    // Each info_hash carries the 20 raw bytes, percent-encoded as bttui does:
    // QUrlQuery would treat them as text.
    std::vector<std::string> hexHashes;
    for (const QString &hash : infoHashes)
        hexHashes.push_back(hash.toStdString());
    const QString target
        = QString::fromStdString(wire::ScrapeReply::target(hexHashes).value_or("/scrape"));
    const qsizetype question = target.indexOf(QLatin1Char('?'));
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(target.left(question));
    if (question >= 0)
        url.setQuery(target.mid(question + 1), QUrl::StrictMode);
    return url;
}

Result<QHash<QString, TrackerCounts>> TrackerMonitor::parseScrape(const QByteArray &body)
{
    const wire::ScrapeReply reply
        = wire::ScrapeReply::decode(std::string_view(body.constData(), std::size_t(body.size())));
    using Error = wire::ScrapeReply::Error;
    switch (reply.error) {
    case Error::None:
        break;
    case Error::NotBencode:
        return scrapeProblem(
            QStringLiteral("The tracker's scrape reply is not bencode: %1 at byte %2.")
                .arg(bencodeErrorText(reply.bencodeError))
                .arg(reply.position));
    case Error::NotADictionary:
        return scrapeProblem(QStringLiteral("The tracker's scrape reply is no dictionary."));
    case Error::Refused:
        return scrapeProblem(QStringLiteral("The tracker refused the scrape: %1.")
                                 .arg(QString::fromStdString(reply.detail)));
    case Error::NoFiles:
        return scrapeProblem(QStringLiteral("The tracker's scrape reply lists no files."));
    case Error::HashNotTwentyBytes:
        return scrapeProblem(
            QStringLiteral("The tracker's scrape reply names a torrent by %1 bytes instead of "
                           "a 20-byte info-hash.")
                .arg(reply.detail.size()));
    case Error::InvalidCounts:
        return scrapeProblem(
            QStringLiteral("The tracker's scrape reply has no valid counts for %1.")
                .arg(hexText(reply.detail)));
    }
    QHash<QString, TrackerCounts> counts;
    for (const auto &[hash, torrent] : reply.torrents)
        counts.insert(hexText(hash), { torrent.complete, torrent.incomplete, torrent.downloaded });
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
