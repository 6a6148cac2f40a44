#include "wavereport.h"

#include "clientstate.h"
#include "environment/macaddress.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace bt {

namespace {

// A boot that takes longer than a week is no boot of this wave.
constexpr qint64 kMaxDurationMs = 7LL * 24 * 3600 * 1000;
constexpr double kMaxBytes = 9.0e15;

qint64 since(const QDateTime &start, const QDateTime &time)
{
    if (!start.isValid() || !time.isValid())
        return -1;
    return std::max<qint64>(0, start.msecsTo(time));
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// Quoted when needed; a cell that a spreadsheet would take for a formula is
// kept as text, because names and messages come from the lab.
QByteArray csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@").contains(cell.front()))
        cell.prepend(QLatin1Char('\''));
    QByteArray bytes = cell.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace('"', "\"\"") + '"';
    return bytes;
}

QByteArray csvSeconds(qint64 ms)
{
    return ms < 0 ? QByteArray() : QByteArray::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

QString waveStatusName(WaveReport::Status status)
{
    switch (status) {
    case WaveReport::Status::Running:
        return QStringLiteral("running");
    case WaveReport::Status::Settled:
        return QStringLiteral("settled");
    case WaveReport::Status::None:
        break;
    }
    return QStringLiteral("none");
}

WaveReport WaveReport::fromRecords(const QList<ClientRecord> &records, const QDateTime &start,
    const std::function<QString(const QString &)> &names)
{
    WaveReport report;
    report.status = Status::Running;
    report.start = start.toUTC();
    for (const ClientRecord &record : records) {
        WaveMachine machine;
        machine.mac = record.mac;
        machine.name = names ? names(record.mac) : QString();
        machine.ip = record.ip;
        machine.os = record.os;
        machine.state = clientStateName(record.state);
        if (record.state == ClientState::Failed)
            machine.message = record.message;
        // Power-on is the first DHCP request the host saw; a machine that
        // came in later in its boot counts from when it was first seen.
        QDateTime begin = record.transitionTime(ClientState::Discovered);
        if (!begin.isValid())
            begin = record.transitionTime(ClientState::Leased);
        if (!begin.isValid() && !record.transitions.isEmpty())
            begin = record.transitions.first().time;
        if (!begin.isValid())
            begin = record.firstSeen;
        machine.start = begin.toUTC();
        machine.toPhase1 = since(begin, record.transitionTime(ClientState::Phase1Up));
        machine.toDownloaded = since(begin, record.transitionTime(ClientState::Sharing));
        machine.toBooted = since(begin, record.transitionTime(ClientState::Booted));
        machine.bytesFromHost = record.bytesFromHost;
        machine.bytesFromPeers = record.bytesFromPeers;
        if (!report.start.isValid() || (machine.start.isValid() && machine.start < report.start))
            report.start = machine.start;
        report.machines << machine;
    }
    return report;
}

QList<WavePoint> WaveReport::curve() const
{
    QList<qint64> times;
    for (const WaveMachine &machine : machines)
        if (machine.booted())
            times << std::max<qint64>(0, since(start, machine.start) + machine.toBooted);
    std::sort(times.begin(), times.end());
    QList<WavePoint> points { { 0, 0 } };
    for (qint64 ms : std::as_const(times)) {
        if (points.last().ms == ms)
            ++points.last().booted;
        else
            points << WavePoint { ms, points.last().booted + 1 };
    }
    return points;
}

int WaveReport::bootedCount() const
{
    return int(std::count_if(
        machines.begin(), machines.end(), [](const WaveMachine &m) { return m.booted(); }));
}

int WaveReport::failedCount() const
{
    const QString failed = clientStateName(ClientState::Failed);
    return int(std::count_if(machines.begin(), machines.end(),
        [&](const WaveMachine &m) { return !m.booted() && m.state == failed; }));
}

qint64 WaveReport::timeToLastBooted() const
{
    const QList<WavePoint> points = curve();
    return points.size() > 1 ? points.last().ms : -1;
}

qint64 WaveReport::medianToBooted() const
{
    QList<qint64> times;
    for (const WaveMachine &machine : machines)
        if (machine.booted())
            times << machine.toBooted;
    if (times.isEmpty())
        return -1;
    std::sort(times.begin(), times.end());
    const qsizetype middle = times.size() / 2;
    return times.size() % 2 ? times[middle] : (times[middle - 1] + times[middle]) / 2;
}

qint64 WaveReport::bytesFromHost() const
{
    qint64 sum = 0;
    for (const WaveMachine &machine : machines)
        sum += machine.bytesFromHost;
    return sum;
}

qint64 WaveReport::bytesFromPeers() const
{
    qint64 sum = 0;
    for (const WaveMachine &machine : machines)
        sum += machine.bytesFromPeers;
    return sum;
}

QString WaveReport::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 3600)
        return seconds % 60 ? QStringLiteral("%1 min %2 s").arg(seconds / 60).arg(seconds % 60)
                            : QStringLiteral("%1 min").arg(seconds / 60);
    const qint64 minutes = (seconds + 30) / 60;
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString WaveReport::summary() const
{
    if (status == Status::None)
        return QStringLiteral("no boot wave yet");
    const int booted = bootedCount();
    QString text = QStringLiteral("%1 %2 booted")
                       .arg(booted)
                       .arg(booted == 1 ? QStringLiteral("machine") : QStringLiteral("machines"));
    if (booted > 0)
        text += QStringLiteral(" in %1").arg(duration(timeToLastBooted()));
    if (const int failed = failedCount(); failed > 0)
        text += QStringLiteral(", %1 failed").arg(failed);
    if (const qsizetype pending = machines.size() - booted - failedCount(); pending > 0)
        text += QStringLiteral(", %1 still booting").arg(pending);
    if (status == Status::Running)
        text += QStringLiteral(" so far");
    return text;
}

QJsonObject WaveReport::toJson() const
{
    QJsonArray rows;
    for (const WaveMachine &m : machines)
        rows.append(QJsonObject {
            { QStringLiteral("mac"), m.mac },
            { QStringLiteral("name"), m.name },
            { QStringLiteral("ip"), m.ip },
            { QStringLiteral("os"), m.os },
            { QStringLiteral("state"), m.state },
            { QStringLiteral("message"), m.message },
            { QStringLiteral("start"), isoTime(m.start) },
            { QStringLiteral("toPhase1"), double(m.toPhase1) },
            { QStringLiteral("toDownloaded"), double(m.toDownloaded) },
            { QStringLiteral("toBooted"), double(m.toBooted) },
            { QStringLiteral("bytesFromHost"), double(m.bytesFromHost) },
            { QStringLiteral("bytesFromPeers"), double(m.bytesFromPeers) },
        });
    QJsonArray points;
    for (const WavePoint &point : curve())
        points.append(QJsonArray { double(point.ms), point.booted });
    return QJsonObject {
        { QStringLiteral("status"), waveStatusName(status) },
        { QStringLiteral("start"), isoTime(start) },
        { QStringLiteral("settled"), isoTime(settled) },
        { QStringLiteral("settledBy"), settledBy },
        { QStringLiteral("environment"), environment },
        { QStringLiteral("machines"), rows },
        // Derived, for scripts; fromJson() derives them again.
        { QStringLiteral("curve"), points },
        { QStringLiteral("totals"),
            QJsonObject {
                { QStringLiteral("machines"), int(machines.size()) },
                { QStringLiteral("booted"), bootedCount() },
                { QStringLiteral("failed"), failedCount() },
                { QStringLiteral("toLastBooted"), double(timeToLastBooted()) },
                { QStringLiteral("medianToBooted"), double(medianToBooted()) },
                { QStringLiteral("bytesFromHost"), double(bytesFromHost()) },
                { QStringLiteral("bytesFromPeers"), double(bytesFromPeers()) },
            } },
        { QStringLiteral("summary"), summary() },
    };
}

QByteArray WaveReport::toJsonBytes() const { return QJsonDocument(toJson()).toJson(); }

Result<WaveReport> WaveReport::fromJson(const QByteArray &json, const QString &source)
{
    auto problem = [&source](const QString &key, const QString &message) {
        return Problems { Problem { source, key, message } };
    };
    if (json.size() > MaxJsonBytes)
        return problem({},
            QStringLiteral("is larger than %1 MiB: it is no wave report").arg(MaxJsonBytes >> 20));
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return problem({},
            QStringLiteral("is not a wave report (a JSON object): %1")
                .arg(error.error != QJsonParseError::NoError ? error.errorString()
                                                             : QStringLiteral("no object")));
    const QJsonObject object = document.object();

    WaveReport report;
    const QString status = object.value(QLatin1StringView("status")).toString();
    if (status == QLatin1String("running"))
        report.status = Status::Running;
    else if (status == QLatin1String("settled"))
        report.status = Status::Settled;
    else if (status != QLatin1String("none"))
        return problem(
            QStringLiteral("status"), QStringLiteral("must be none, running or settled"));

    auto readTime = [](const QJsonObject &from, const char *key, QDateTime *time) {
        const QJsonValue value = from.value(QLatin1StringView(key));
        if (value.isUndefined() || value.toString().isEmpty())
            return true;
        *time = QDateTime::fromString(value.toString().left(64), Qt::ISODateWithMs).toUTC();
        return time->isValid();
    };
    if (!readTime(object, "start", &report.start))
        return problem(QStringLiteral("start"), QStringLiteral("must be an ISO 8601 time"));
    if (!readTime(object, "settled", &report.settled))
        return problem(QStringLiteral("settled"), QStringLiteral("must be an ISO 8601 time"));
    if (report.status != Status::None && !report.start.isValid())
        return problem(QStringLiteral("start"), QStringLiteral("is missing"));
    report.settledBy = object.value(QLatin1StringView("settledBy")).toString().left(32);
    report.environment = object.value(QLatin1StringView("environment")).toString().left(4096);

    const QJsonValue list = object.value(QLatin1StringView("machines"));
    if (!list.isUndefined() && !list.isArray())
        return problem(QStringLiteral("machines"), QStringLiteral("must be a list"));
    const QJsonArray rows = list.toArray();
    if (rows.size() > MaxMachines)
        return problem(QStringLiteral("machines"),
            QStringLiteral("lists more than %1 machines").arg(MaxMachines));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString at = QStringLiteral("machines[%1]").arg(i);
        if (!rows.at(i).isObject())
            return problem(at, QStringLiteral("must be an object"));
        const QJsonObject row = rows.at(i).toObject();
        WaveMachine m;
        const std::optional<QString> mac
            = normalizedMac(row.value(QLatin1StringView("mac")).toString().left(64));
        if (!mac)
            return problem(at + QStringLiteral(".mac"),
                QStringLiteral("must be a MAC address like 52:54:00:12:34:56"));
        m.mac = *mac;
        const QString state = row.value(QLatin1StringView("state")).toString().left(64);
        if (!clientStateFromName(state))
            return problem(at + QStringLiteral(".state"), QStringLiteral("is no client state"));
        m.state = state;
        m.name = row.value(QLatin1StringView("name")).toString().left(255);
        m.ip = row.value(QLatin1StringView("ip")).toString().left(64);
        m.os = row.value(QLatin1StringView("os")).toString().left(255);
        m.message = row.value(QLatin1StringView("message")).toString().left(1024);
        if (!readTime(row, "start", &m.start))
            return problem(
                at + QStringLiteral(".start"), QStringLiteral("must be an ISO 8601 time"));
        for (auto [key, field] :
            { std::pair { "toPhase1", &m.toPhase1 }, std::pair { "toDownloaded", &m.toDownloaded },
                std::pair { "toBooted", &m.toBooted } }) {
            const QJsonValue value = row.value(QLatin1StringView(key));
            if (value.isUndefined() || value.isNull())
                continue;
            const double ms = value.toDouble(-2);
            if (!value.isDouble() || ms < -1 || ms > double(kMaxDurationMs))
                return problem(at + QLatin1Char('.') + QLatin1StringView(key),
                    QStringLiteral("must be milliseconds up to a week, or -1"));
            *field = qint64(ms);
        }
        if (m.booted() && !m.start.isValid())
            return problem(at + QStringLiteral(".start"), QStringLiteral("is missing"));
        for (auto [key, field] : { std::pair { "bytesFromHost", &m.bytesFromHost },
                 std::pair { "bytesFromPeers", &m.bytesFromPeers } }) {
            const QJsonValue value = row.value(QLatin1StringView(key));
            if (value.isUndefined())
                continue;
            const double bytes = value.toDouble(-1);
            if (!value.isDouble() || bytes < 0 || bytes > kMaxBytes)
                return problem(at + QLatin1Char('.') + QLatin1StringView(key),
                    QStringLiteral("must be a count of bytes"));
            *field = qint64(bytes);
        }
        report.machines << m;
    }
    return report;
}

QByteArray WaveReport::machinesCsv() const
{
    QByteArray csv = "mac,name,ip,os,state,start,to_phase1_s,to_downloaded_s,to_booted_s,"
                     "bytes_from_host,bytes_from_peers,message\r\n";
    for (const WaveMachine &m : machines) {
        const QList<QByteArray> cells { csvCell(m.mac), csvCell(m.name), csvCell(m.ip),
            csvCell(m.os), csvCell(m.state), csvCell(isoTime(m.start)), csvSeconds(m.toPhase1),
            csvSeconds(m.toDownloaded), csvSeconds(m.toBooted), QByteArray::number(m.bytesFromHost),
            QByteArray::number(m.bytesFromPeers), csvCell(m.message) };
        csv += cells.join(',') + "\r\n";
    }
    return csv;
}

QByteArray WaveReport::curveCsv() const
{
    QByteArray csv = "seconds,booted\r\n";
    for (const WavePoint &point : curve())
        csv += csvSeconds(point.ms) + ',' + QByteArray::number(point.booted) + "\r\n";
    return csv;
}

} // namespace bt
