#pragma once

#include "clientalert.h"
#include "clientstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bt {

struct ClientTransition
{
    ClientState state = ClientState::Discovered;
    QDateTime time;

    bool operator==(const ClientTransition &) const = default;
};

// An ETA as a clock: "3:05" (min:s), "1:02:03" (h:min:s); empty below 0.
QString etaClockText(qint64 seconds);

// One lab machine as the registry knows it: one row of the dashboard.
struct ClientRecord
{
    QString mac; // lower-case colon form; the key
    QString ip;
    QString hostname;
    QString firmware; // ClientFirmware: "bios", "uefi", "uefi-secureboot"; empty while unknown
    QString os; // the OS it picked, once it said so
    ClientState state = ClientState::Discovered;
    int progress = 0; // 0..100 of the current step
    QString message; // failure reason or the last note
    QList<ClientTransition> transitions; // this boot cycle, oldest first
    int bootCycle = 1; // 2 after the first reboot, ...
    QDateTime firstSeen;
    QDateTime lastSeen;
    qint64 downloadRate = 0; // bytes/s the machine receives, from its own report or derived
    qint64 completedBytes = 0; // of its OS torrent
    qint64 totalBytes = 0;
    qint64 bytesFromHost = 0; // of completedBytes, sent by the host's seeder
    qint64 bytesOverHttp = 0; // of bytesFromHost, sent by the host's web seed
    qint64 bytesFromPeers = 0; // of completedBytes, sent by other clients
    ClientAlert alert; // set when it is slow or stuck: what to check
    qint64 etaSeconds = -1; // while downloading: time left at its smoothed rate; -1 unknown

    // When this cycle reached `state`; invalid when it did not (yet).
    QDateTime transitionTime(ClientState state) const;
    QJsonObject toJson() const;
    // The record toJson() wrote, as serve's admin API sends it; texts are
    // cut to a bounded length and numbers below 0 read as 0. Nothing when
    // the MAC or the state is missing or unknown.
    static std::optional<ClientRecord> fromJson(const QJsonObject &object);

    bool operator==(const ClientRecord &) const = default;
};

} // namespace bt
