#include "clientstatus.h"

#include "clientfirmware.h"
#include "plaintext.h"

#include <wire/statusreport.h>

#include <QJsonValue>

#include <cmath>

namespace bt {

namespace {

namespace report = wire::statusreport;

// A key of the report, as bttui writes it (wire/statusreport.h).
QString keyText(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

const QString StateKey = keyText(report::key::State);
const QString OsKey = keyText(report::key::Os);
const QString ProgressKey = keyText(report::key::Progress);
const QString MessageKey = keyText(report::key::Message);
const QString FirmwareKey = keyText(report::key::Firmware);
const QString CompletedBytesKey = keyText(report::key::CompletedBytes);
const QString TotalBytesKey = keyText(report::key::TotalBytes);
const QString DownloadRateKey = keyText(report::key::DownloadRate);

bool fail(QString *error, bool *unprocessable, bool semantic, const QString &message)
{
    if (error)
        *error = message;
    if (unprocessable)
        *unprocessable = semantic;
    return false;
}

// Reads an optional non-negative integer; false when present but not one.
bool readCount(
    const QJsonObject &object, const QString &key, qint64 *out, QString *error, bool *unprocessable)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return true;
    if (!value.isDouble())
        return fail(
            error, unprocessable, false, QStringLiteral("\"%1\" must be a number.").arg(key));
    const double number = value.toDouble();
    if (number < 0 || number > 9.0e15 || std::floor(number) != number)
        return fail(error, unprocessable, true,
            QStringLiteral("\"%1\" must be a whole number of at least 0.").arg(key));
    *out = qint64(number);
    return true;
}

} // namespace

std::optional<ClientStatus> ClientStatus::fromJson(
    const QJsonObject &object, QString *error, bool *unprocessable)
{
    if (unprocessable)
        *unprocessable = false;
    ClientStatus status;
    const QJsonValue state = object.value(StateKey);
    if (!state.isString()) {
        fail(error, unprocessable, false, QStringLiteral("The status needs a \"state\" string."));
        return std::nullopt;
    }
    const std::optional<ClientState> parsed = clientStateFromName(state.toString());
    if (!parsed) {
        fail(error, unprocessable, true,
            QStringLiteral("\"%1\" is not a client state.").arg(plainText(state.toString(), 40)));
        return std::nullopt;
    }
    status.state = *parsed;

    for (const QString &key : { OsKey, MessageKey, FirmwareKey }) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            fail(error, unprocessable, false, QStringLiteral("\"%1\" must be a string.").arg(key));
            return std::nullopt;
        }
    }
    // Both end up in a table cell and on the admin's terminal: bounded, and
    // without control characters that could fake lines or drive the terminal.
    status.os = plainText(object.value(OsKey).toString(), report::MaxOsLength);
    status.message = plainText(object.value(MessageKey).toString(), report::MaxMessageLength);

    const QString firmware = object.value(FirmwareKey).toString();
    if (!firmware.isEmpty() && !ClientFirmware::isName(firmware)) {
        fail(error, unprocessable, true,
            QStringLiteral("\"firmware\" must be bios, uefi or uefi-secureboot."));
        return std::nullopt;
    }
    status.firmware = firmware;

    qint64 progress = -1;
    if (!readCount(object, ProgressKey, &progress, error, unprocessable))
        return std::nullopt;
    if (progress > report::MaxProgress) {
        fail(error, unprocessable, true,
            QStringLiteral("\"%1\" must be between 0 and %2.")
                .arg(ProgressKey)
                .arg(report::MaxProgress));
        return std::nullopt;
    }
    status.progress = int(progress);
    if (!readCount(object, CompletedBytesKey, &status.completedBytes, error, unprocessable)
        || !readCount(object, TotalBytesKey, &status.totalBytes, error, unprocessable)
        || !readCount(object, DownloadRateKey, &status.downloadRate, error, unprocessable))
        return std::nullopt;
    return status;
}

QJsonObject ClientStatus::toJson() const
{
    QJsonObject object { { StateKey, clientStateName(state) } };
    if (!os.isEmpty())
        object.insert(OsKey, os);
    if (progress >= 0)
        object.insert(ProgressKey, progress);
    if (!message.isEmpty())
        object.insert(MessageKey, message);
    if (completedBytes >= 0)
        object.insert(CompletedBytesKey, double(completedBytes));
    if (totalBytes >= 0)
        object.insert(TotalBytesKey, double(totalBytes));
    if (downloadRate >= 0)
        object.insert(DownloadRateKey, double(downloadRate));
    if (!firmware.isEmpty())
        object.insert(FirmwareKey, firmware);
    return object;
}

} // namespace bt
