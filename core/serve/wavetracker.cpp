#include "wavetracker.h"

#include "clientregistry.h"

namespace bt {

WaveTracker::WaveTracker(ClientRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    if (registry)
        connect(registry, &ClientRegistry::clientsChanged, this,
            [this, registry](const QList<QString> &) { observe(registry->clients(), m_clock()); });
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, [this] { check(m_clock()); });
    m_timer.start();
}

void WaveTracker::observe(const QList<ClientRecord> &records, const QDateTime &now)
{
    for (const ClientRecord &record : records) {
        auto member = m_members.find(record.mac);
        if (member != m_members.end()) {
            if (record.bootCycle > member->bootCycle)
                m_lastJoined = now; // it starts over: the wave is not done with it
            *member = record;
            continue;
        }
        // A machine of the settled wave that still reports joins no new
        // wave; once it boots again, it does.
        const auto last = m_lastWave.constFind(record.mac);
        if (last != m_lastWave.constEnd() && record.bootCycle <= *last)
            continue;
        if (m_order.isEmpty())
            m_start = now;
        m_order << record.mac;
        m_members.insert(record.mac, record);
        m_lastJoined = now;
    }
    check(now);
}

void WaveTracker::check(const QDateTime &now)
{
    if (m_order.isEmpty() || m_lastJoined.msecsTo(now) < m_graceMs)
        return;
    for (const ClientRecord &record : std::as_const(m_members))
        if (record.state != ClientState::Booted && record.state != ClientState::Failed)
            return;
    finish(now, QStringLiteral("booted"));
}

bool WaveTracker::settle(const QDateTime &now)
{
    if (m_order.isEmpty())
        return false;
    finish(now, QStringLiteral("admin"));
    return true;
}

WaveReport WaveTracker::build() const
{
    QList<ClientRecord> records;
    for (const QString &mac : m_order)
        records << m_members.value(mac);
    WaveReport report = WaveReport::fromRecords(records, m_start, m_names);
    report.environment = m_environment;
    return report;
}

void WaveTracker::finish(const QDateTime &now, const QString &by)
{
    m_last = build();
    m_last.status = WaveReport::Status::Settled;
    m_last.settled = now.toUTC();
    m_last.settledBy = by;
    for (const ClientRecord &record : std::as_const(m_members))
        m_lastWave.insert(record.mac, record.bootCycle);
    m_order.clear();
    m_members.clear();
    Q_EMIT settled(m_last);
}

WaveReport WaveTracker::report() const
{
    if (!m_order.isEmpty())
        return build();
    return m_last;
}

} // namespace bt
