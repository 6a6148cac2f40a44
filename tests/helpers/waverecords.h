#pragma once

// Registry rows of a boot wave, made by hand: a machine that went through
// `states` at the given seconds after `t0`.
#include <serve/clientrecord.h>

#include <QDateTime>
#include <QList>
#include <QPair>

namespace bt::test {

inline const QDateTime kWaveT0 = QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC);

inline ClientRecord waveRecord(const QString &mac, const QList<QPair<ClientState, double>> &states,
    qint64 fromHost = 0, qint64 fromPeers = 0)
{
    ClientRecord record;
    record.mac = mac;
    record.ip = QStringLiteral("198.18.0.10");
    record.os = QStringLiteral("debian");
    for (const auto &[state, seconds] : states) {
        const QDateTime time = kWaveT0.addMSecs(qint64(seconds * 1000));
        record.transitions.append({ state, time });
        record.state = state;
        if (!record.firstSeen.isValid())
            record.firstSeen = time;
        record.lastSeen = time;
    }
    record.bytesFromHost = fromHost;
    record.bytesFromPeers = fromPeers;
    return record;
}

// Discovered at `start`, Phase-1 up 20 s later, sharing at 60 s, booted at 80 s.
inline ClientRecord bootedRecord(const QString &mac, double start, double booted = -1)
{
    const double end = booted < 0 ? start + 80 : booted;
    return waveRecord(mac,
        { { ClientState::Discovered, start }, { ClientState::Leased, start + 1 },
            { ClientState::Phase1Up, start + 20 }, { ClientState::Sharing, start + 60 },
            { ClientState::Booting, end - 1 }, { ClientState::Booted, end } },
        1000, 3000);
}

} // namespace bt::test
