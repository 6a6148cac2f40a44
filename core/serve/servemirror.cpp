#include "servemirror.h"

#include "jsonfields.h"
#include "logmodel.h"
#include "machinerecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace bt {

namespace {

constexpr qsizetype kMaxClients = 65536;
constexpr qsizetype kMaxServices = 64;

// The requests of one poll, in order.
const char *const kPaths[] = {
    "/api/v1/state",
    "/api/v1/clients",
    "/api/v1/swarm",
    "/api/v1/services",
    "/api/v1/machines",
    "/api/v1/log?since=",
};
constexpr int kSteps = int(std::size(kPaths));

using jsonfields::text;

LogSeverity severityOf(const QString &name)
{
    if (name == QLatin1String("error"))
        return LogSeverity::Error;
    if (name == QLatin1String("warning"))
        return LogSeverity::Warning;
    return LogSeverity::Info;
}

} // namespace

ServeMirror::ServeMirror(QObject *parent)
    : QObject(parent)
    , m_client(new AdminClient(this))
    , m_log(new LogModel(this))
{
    m_timer.setInterval(DefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ServeMirror::poll);
}

ServeMirror::~ServeMirror() = default;

void ServeMirror::attach(const AdminEndpoint &endpoint)
{
    detach();
    m_client->setEndpoint(endpoint);
    setLink(Link::Connecting);
    m_timer.start();
    poll();
}

void ServeMirror::detach()
{
    ++m_generation;
    m_client->abortAll();
    m_timer.stop();
    m_polling = false;
    clear();
    m_client->setEndpoint({});
    setLink(Link::Detached);
}

void ServeMirror::freeze()
{
    ++m_generation;
    m_client->abortAll();
    m_timer.stop();
    m_polling = false;
}

void ServeMirror::clear()
{
    m_polls = 0;
    m_state.clear();
    m_environment.clear();
    m_pid = 0;
    m_logSequence = 0;
    m_log->clear();
    if (!m_alert.isEmpty()) {
        m_alert.clear();
        Q_EMIT networkAlertChanged(m_alert);
    }
    if (!m_rows.isEmpty()) {
        m_rows.clear();
        m_indexByMac.clear();
        Q_EMIT clientsReset();
    }
    m_swarm = {};
    Q_EMIT swarmChanged();
    m_services.clear();
    Q_EMIT servicesChanged();
    if (!m_machines.isEmpty()) {
        m_machines.clear();
        Q_EMIT machinesChanged();
    }
}

void ServeMirror::setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

void ServeMirror::refresh() { poll(); }

void ServeMirror::setLink(Link link, const QString &error)
{
    m_linkError = error;
    if (m_link == link)
        return;
    m_link = link;
    Q_EMIT linkChanged(link);
}

void ServeMirror::poll()
{
    if (m_polling || m_link == Link::Detached || m_link == Link::Refused)
        return;
    m_polling = true;
    step(0);
}

void ServeMirror::step(int index)
{
    if (index == kSteps) {
        m_polling = false;
        ++m_polls;
        setLink(Link::Attached);
        Q_EMIT polled();
        return;
    }
    QString path = QString::fromLatin1(kPaths[index]);
    if (path.endsWith(QLatin1Char('=')))
        path += QString::number(m_logSequence);
    const quint64 generation = m_generation;
    m_client->get(
        path, [this, index, generation](int status, const QJsonObject &body, const QString &error) {
            if (generation != m_generation)
                return;
            if (status == 401 || status == 403) {
                m_polling = false;
                m_timer.stop();
                setLink(Link::Refused,
                    status == 401
                        ? tr("The server wants its token; give the one from its token file.")
                        : tr("The server refused the token: it is not the one in its token file."));
                return;
            }
            if (status != 200) {
                m_polling = false;
                const QString why = !error.isEmpty()
                    ? error
                    : tr("The server answered %1: %2")
                          .arg(status)
                          .arg(text(body, QLatin1StringView("error"), 200));
                setLink(m_link == Link::Connecting ? Link::Connecting : Link::Lost, why);
                return;
            }
            switch (index) {
            case 0:
                applyState(body);
                break;
            case 1:
                applyClients(body);
                break;
            case 2:
                applySwarm(body);
                break;
            case 3:
                applyServices(body);
                break;
            case 4:
                applyMachines(body);
                break;
            default:
                applyLog(body);
                break;
            }
            step(index + 1);
        });
}

void ServeMirror::requestStop(const std::function<void(const QString &)> &done)
{
    post(QStringLiteral("/api/v1/stop"), done);
}

void ServeMirror::requestRestart(const std::function<void(const QString &)> &done)
{
    post(QStringLiteral("/api/v1/restart"), done);
}

void ServeMirror::requestWake(
    const QStringList &macs, const std::function<void(const QString &)> &done)
{
    QJsonObject body;
    if (macs.isEmpty())
        body.insert(QStringLiteral("all"), true);
    else
        body.insert(QStringLiteral("macs"), QJsonArray::fromStringList(macs));
    post(QStringLiteral("/api/v1/wake"), done, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void ServeMirror::post(
    const QString &path, const std::function<void(const QString &)> &done, const QByteArray &body)
{
    const quint64 generation = m_generation;
    m_client->post(
        path,
        [this, done, generation](int status, const QJsonObject &reply, const QString &error) {
            if (generation != m_generation || !done)
                return;
            if (status >= 200 && status < 300)
                done({});
            else
                done(!error.isEmpty() ? error : text(reply, QLatin1StringView("error"), 200));
        },
        body);
}

void ServeMirror::applyMachines(const QJsonObject &reply)
{
    QList<KnownMachine> machines;
    QSet<QString> macs;
    const QJsonArray list = reply.value(QLatin1StringView("machines")).toArray();
    for (qsizetype i = 0; i < list.size() && machines.size() < MachineBook::MaxMachines; ++i) {
        const std::optional<KnownMachine> machine
            = MachineRecorder::machineFromJson(list.at(i).toObject());
        if (!machine || macs.contains(machine->mac))
            continue;
        macs.insert(machine->mac);
        machines << *machine;
    }
    if (machines == m_machines)
        return;
    m_machines = std::move(machines);
    Q_EMIT machinesChanged();
}

void ServeMirror::applyState(const QJsonObject &reply)
{
    m_environment = text(reply, QLatin1StringView("environment"), 4096);
    m_pid = reply.value(QLatin1StringView("pid")).toInteger();
    const QString alert = text(reply, QLatin1StringView("networkAlert"));
    if (alert != m_alert) {
        m_alert = alert;
        Q_EMIT networkAlertChanged(alert);
    }
    const QString state = text(reply, QLatin1StringView("state"), 32);
    if (state != m_state) {
        m_state = state;
        Q_EMIT servingStateChanged(state);
    }
}

void ServeMirror::applyClients(const QJsonObject &reply)
{
    QList<QString> changed;
    const QJsonArray list = reply.value(QLatin1StringView("clients")).toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxClients; ++i) {
        std::optional<ClientRecord> record = ClientRecord::fromJson(list.at(i).toObject());
        if (!record)
            continue;
        const int index = m_indexByMac.value(record->mac, -1);
        if (index < 0) {
            if (m_rows.size() >= kMaxClients)
                continue;
            m_indexByMac.insert(record->mac, int(m_rows.size()));
            changed << record->mac;
            m_rows.append(std::move(*record));
        } else if (!(m_rows[index] == *record)) {
            changed << record->mac;
            m_rows[index] = std::move(*record);
        }
    }
    if (!changed.isEmpty())
        Q_EMIT clientsChanged(changed);
}

void ServeMirror::applySwarm(const QJsonObject &reply)
{
    SwarmTotals swarm = SwarmTotals::fromJson(reply);
    if (swarm == m_swarm)
        return;
    m_swarm = std::move(swarm);
    Q_EMIT swarmChanged();
}

void ServeMirror::applyServices(const QJsonObject &reply)
{
    QList<ServiceRow> services;
    const QJsonArray list = reply.value(QLatin1StringView("services")).toArray();
    for (qsizetype i = 0; i < list.size() && i < kMaxServices; ++i) {
        const QJsonObject o = list.at(i).toObject();
        ServiceRow row;
        row.name = text(o, QLatin1StringView("name"), 64);
        row.state = text(o, QLatin1StringView("state"), 32);
        row.pid = qMax<qint64>(0, o.value(QLatin1StringView("pid")).toInteger());
        row.restarts = qMax(0, o.value(QLatin1StringView("restarts")).toInt());
        row.lastError = text(o, QLatin1StringView("lastError"));
        services << row;
    }
    if (services == m_services)
        return;
    m_services = services;
    Q_EMIT servicesChanged();
}

void ServeMirror::applyLog(const QJsonObject &reply)
{
    const qint64 last = reply.value(QLatin1StringView("last")).toInteger();
    if (last < m_logSequence) {
        // Another serve answers now: its log starts over.
        m_log->clear();
        m_logSequence = 0;
    }
    QList<LogLine> lines;
    const QJsonArray list = reply.value(QLatin1StringView("lines")).toArray();
    for (const QJsonValue &value : list) {
        const QJsonObject o = value.toObject();
        const qint64 sequence = o.value(QLatin1StringView("seq")).toInteger();
        if (sequence <= m_logSequence)
            continue;
        m_logSequence = sequence;
        lines << LogLine { QDateTime::fromString(
                               text(o, QLatin1StringView("time"), 64), Qt::ISODateWithMs),
            text(o, QLatin1StringView("source"), 64),
            severityOf(text(o, QLatin1StringView("severity"), 16)),
            text(o, QLatin1StringView("text"), 4096) };
    }
    if (!lines.isEmpty())
        m_log->appendBatch(lines);
    // More than one answer holds: ask again at once.
    if (!list.isEmpty() && m_logSequence < last && list.size() >= 1000)
        QTimer::singleShot(0, this, &ServeMirror::refresh);
}

} // namespace bt
