#include "alertrules.h"

#include <QCoreApplication>

#include <algorithm>

namespace bt {

namespace {

// When the machine reached the state it is in now.
QDateTime stateSince(const ClientRecord &client)
{
    for (qsizetype i = client.transitions.size() - 1; i >= 0; --i) {
        if (client.transitions.at(i).state == client.state)
            return client.transitions.at(i).time;
    }
    return client.firstSeen;
}

ClientAlert flag(AlertLevel level, const QString &reason) { return { level, reason, {} }; }

} // namespace

AlertRules::AlertRules(const AlertSettings &settings)
    : m_settings(settings)
{
}

qint64 AlertRules::medianRate(QList<qint64> rates)
{
    rates.removeIf([](qint64 rate) { return rate <= 0; });
    if (rates.size() < MinimumForMedian)
        return 0;
    std::sort(rates.begin(), rates.end());
    const qsizetype middle = rates.size() / 2;
    return rates.size() % 2 ? rates.at(middle) : (rates.at(middle - 1) + rates.at(middle)) / 2;
}

QString AlertRules::rateText(qint64 bytesPerSecond)
{
    if (bytesPerSecond >= 1000000)
        return QStringLiteral("%1 MB/s").arg(double(bytesPerSecond) / 1e6, 0, 'f', 1);
    return QStringLiteral("%1 kB/s").arg((bytesPerSecond + 500) / 1000);
}

QString AlertRules::durationText(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    return QStringLiteral("%1 min").arg(seconds / 60);
}

ClientAlert AlertRules::judge(const ClientRecord &client, const AlertFacts &facts) const
{
    const QDateTime since = stateSince(client);
    const qint64 inState = since.isValid() ? std::max<qint64>(0, since.secsTo(facts.now)) : 0;
    // A step that should have ended `threshold` seconds after it began.
    auto overdue = [inState](int threshold) { return threshold > 0 && inState >= threshold; };
    const QString duration = durationText(inState);
    switch (client.state) {
    case ClientState::Failed:
        return flag(AlertLevel::Red,
            client.message.isEmpty() ? QCoreApplication::translate(
                "bt::AlertRules", "failed without saying why: see its screen")
                                     : client.message);
    case ClientState::Leased:
        if (overdue(m_settings.leaseToBootFile))
            return flag(AlertLevel::Red,
                QCoreApplication::translate("bt::AlertRules",
                    "leased %1 ago but never asked for the boot file: is network boot "
                    "first in its firmware?")
                    .arg(duration));
        break;
    case ClientState::LoadingPhase1:
        if (overdue(m_settings.bootFileToPhase1))
            return flag(AlertLevel::Red,
                QCoreApplication::translate("bt::AlertRules",
                    "loading Phase 1 for %1 but it never reported up: check the TFTP "
                    "log, the boot loader's screen and Secure Boot")
                    .arg(duration));
        break;
    case ClientState::Downloading: {
        const QDateTime from = facts.lastProgress.isValid() ? facts.lastProgress : since;
        const qint64 idle = from.isValid() ? std::max<qint64>(0, from.secsTo(facts.now)) : 0;
        const QString stalled = QCoreApplication::translate(
            "bt::AlertRules", "no progress for %1: is its link up? see the swarm panel")
                                    .arg(durationText(idle));
        if (m_settings.noProgressRed > 0 && idle >= m_settings.noProgressRed)
            return flag(AlertLevel::Red, stalled);
        if (m_settings.noProgress > 0 && idle >= m_settings.noProgress)
            return flag(AlertLevel::Amber, stalled);
        const bool judged = since.isValid() && since.msecsTo(facts.now) >= SlowGraceMs;
        if (m_settings.slowPercent > 0 && judged && facts.medianRate > 0 && facts.smoothedRate > 0
            && facts.smoothedRate * 100 < facts.medianRate * m_settings.slowPercent) {
            const qint64 percent = facts.smoothedRate * 100 / facts.medianRate;
            return flag(AlertLevel::Amber,
                QCoreApplication::translate("bt::AlertRules",
                    "downloading at %1, %2% of the room's median %3: check its "
                    "link, cable and switch port")
                    .arg(rateText(facts.smoothedRate))
                    .arg(percent)
                    .arg(rateText(facts.medianRate)));
        }
        break;
    }
    case ClientState::Booting:
        if (overdue(m_settings.booting))
            return flag(AlertLevel::Amber,
                QCoreApplication::translate("bt::AlertRules",
                    "handed over to its OS %1 ago and never reported booted: the OS "
                    "may not report back, or kexec failed (see its screen)")
                    .arg(duration));
        break;
    case ClientState::Discovered:
    case ClientState::Phase1Up:
    case ClientState::Menu:
    case ClientState::Sharing:
    case ClientState::Booted:
        break;
    }
    return {};
}

} // namespace bt
