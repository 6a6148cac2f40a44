#include "labnames.h"

#include <QRegularExpression>

#include <cerrno>
#include <csignal>

namespace bt {

namespace {

const QLatin1String kPrefix("btlab");

bool processAlive(qint64 pid) { return ::kill(pid_t(pid), 0) == 0 || errno == EPERM; }

} // namespace

LabNames::LabNames(qint64 ownerPid)
    : m_ownerPid(ownerPid)
{
}

QString LabNames::prefix() const { return kPrefix + QString::number(m_ownerPid); }

QString LabNames::hostNamespace() const { return prefix() + QStringLiteral("-h"); }

QString LabNames::siteNamespace() const { return prefix() + QStringLiteral("-s"); }

QString LabNames::clientNamespace(int index) const
{
    return prefix() + QStringLiteral("-c%1").arg(index);
}

QString LabNames::tapDevice(int index) const { return QStringLiteral("tap%1").arg(index); }

QString LabNames::clientMac(int index) const
{
    return QStringLiteral("52:54:00:18:00:%1").arg(index, 2, 16, QLatin1Char('0'));
}

QString LabNames::vmMac(int index) const
{
    return QStringLiteral("52:54:00:18:01:%1").arg(index, 2, 16, QLatin1Char('0'));
}

std::optional<qint64> LabNames::ownerOf(const QString &namespaceName)
{
    static const QRegularExpression pattern(QStringLiteral("^btlab([0-9]+)-(h|s|c[0-9]+)$"));
    const QRegularExpressionMatch match = pattern.match(namespaceName);
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 pid = match.captured(1).toLongLong(&ok);
    if (!ok || pid <= 0)
        return std::nullopt;
    return pid;
}

QStringList LabNames::parseNetnsList(const QByteArray &output)
{
    // Lines read "name" or "name (id: 3)".
    QStringList names;
    for (const QByteArray &line : output.split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        names << QString::fromLocal8Bit(trimmed.split(' ').first());
    }
    return names;
}

QStringList LabNames::staleNamespaces(const QStringList &names)
{
    QStringList stale;
    for (const QString &name : names) {
        const std::optional<qint64> owner = ownerOf(name);
        if (owner && !processAlive(*owner))
            stale << name;
    }
    return stale;
}

} // namespace bt
