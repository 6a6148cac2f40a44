#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace bt {

// The names of one virtual lab's network namespaces. Every name starts with
// "btlab<owner pid>-", so a lab can find and remove what a lab that died
// before its teardown left behind, and never touches anything else.
class LabNames
{
public:
    explicit LabNames(qint64 ownerPid);

    qint64 ownerPid() const { return m_ownerPid; }
    QString prefix() const; // "btlab1234"
    QString hostNamespace() const; // "btlab1234-h"
    QString siteNamespace() const; // "btlab1234-s", the site's own DHCP server
    QString clientNamespace(int index) const; // "btlab1234-c3", index from 1
    QString tapDevice(int index) const; // "tap3", inside the host namespace
    QString clientMac(int index) const; // 52:54:00:18:00:<index>
    QString vmMac(int index) const; // 52:54:00:18:01:<index>

    // The owner PID of a lab namespace name; nullopt for any other name.
    static std::optional<qint64> ownerOf(const QString &namespaceName);
    // The namespace names in the output of `ip netns list`.
    static QStringList parseNetnsList(const QByteArray &output);
    // The lab namespaces in `names` whose owner process is gone.
    static QStringList staleNamespaces(const QStringList &names);

private:
    qint64 m_ownerPid;
};

} // namespace bt
