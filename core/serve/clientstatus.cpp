#include "clientstatus.h"

#include "clientfirmware.h"
#include "plaintext.h"

#include <QJsonValue>

#include <cmath>

namespace bt {

namespace {

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
    const QJsonValue state = object.value(QStringLiteral("state"));
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

    for (const QString &key :
        { QStringLiteral("os"), QStringLiteral("message"), QStringLiteral("firmware") }) {
        const QJsonValue value = object.value(key);
        if (!value.isUndefined() && !value.isNull() && !value.isString()) {
            fail(error, unprocessable, false, QStringLiteral("\"%1\" must be a string.").arg(key));
            return std::nullopt;
        }
    }
    // Both end up in a table cell and on the admin's terminal: bounded, and
    // without control characters that could fake lines or drive the terminal.
    status.os = plainText(object.value(QStringLiteral("os")).toString(), 128);
    status.message = plainText(object.value(QStringLiteral("message")).toString(), 1024);

    const QString firmware = object.value(QStringLiteral("firmware")).toString();
    if (!firmware.isEmpty() && !ClientFirmware::isName(firmware)) {
        fail(error, unprocessable, true,
            QStringLiteral("\"firmware\" must be bios, uefi or uefi-secureboot."));
        return std::nullopt;
    }
    status.firmware = firmware;

    qint64 progress = -1;
    if (!readCount(object, QStringLiteral("progress"), &progress, error, unprocessable))
        return std::nullopt;
    if (progress > 100) {
        fail(error, unprocessable, true, QStringLiteral("\"progress\" must be between 0 and 100."));
        return std::nullopt;
    }
    status.progress = int(progress);
    if (!readCount(
            object, QStringLiteral("completedBytes"), &status.completedBytes, error, unprocessable)
        || !readCount(
            object, QStringLiteral("totalBytes"), &status.totalBytes, error, unprocessable)
        || !readCount(
            object, QStringLiteral("downloadRate"), &status.downloadRate, error, unprocessable))
        return std::nullopt;
    return status;
}

QJsonObject ClientStatus::toJson() const
{
    QJsonObject object { { QStringLiteral("state"), clientStateName(state) } };
    if (!os.isEmpty())
        object.insert(QStringLiteral("os"), os);
    if (progress >= 0)
        object.insert(QStringLiteral("progress"), progress);
    if (!message.isEmpty())
        object.insert(QStringLiteral("message"), message);
    if (completedBytes >= 0)
        object.insert(QStringLiteral("completedBytes"), double(completedBytes));
    if (totalBytes >= 0)
        object.insert(QStringLiteral("totalBytes"), double(totalBytes));
    if (downloadRate >= 0)
        object.insert(QStringLiteral("downloadRate"), double(downloadRate));
    if (!firmware.isEmpty())
        object.insert(QStringLiteral("firmware"), firmware);
    return object;
}

} // namespace bt
