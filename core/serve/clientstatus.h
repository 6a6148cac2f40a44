#pragma once

#include "clientstate.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace bt {

// What a client reported about itself to the status endpoint (the keys and
// limits are wire/statusreport.h's, shared with bttui):
// POST /api/v1/clients/<mac> {"state": "downloading", "os": "debian",
// "progress": 42, "message": "", "completedBytes": 123, "totalBytes": 456,
// "downloadRate": 789, "firmware": "uefi-secureboot"}. Only "state" is required.
struct ClientStatus
{
    ClientState state = ClientState::Discovered;
    QString os; // OS folder name the client picked
    int progress = -1; // 0..100; -1 when not reported
    QString message; // failure reason or a note for the administrator
    qint64 completedBytes = -1; // of the client's OS torrent; -1 when not reported
    qint64 totalBytes = -1;
    qint64 downloadRate = -1; // bytes/s; -1 when not reported
    QString firmware; // ClientFirmware name; empty when not reported
    QString ip; // the address the report came from (set by the server)
    QDateTime time; // when the report arrived (set by the server)

    // std::nullopt and a one-sentence `error` when the object is not a
    // status. `unprocessable` tells a well-formed object with a value out
    // of range or an unknown state (HTTP 422) from a malformed one (400).
    static std::optional<ClientStatus> fromJson(
        const QJsonObject &object, QString *error = nullptr, bool *unprocessable = nullptr);
    QJsonObject toJson() const;

    bool operator==(const ClientStatus &) const = default;
};

} // namespace bt

Q_DECLARE_METATYPE(bt::ClientStatus)
