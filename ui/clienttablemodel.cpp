#include "clienttablemodel.h"

#include "serve/clientfirmware.h"
#include "serve/servemirror.h"

#include <QColor>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>
#include <QSet>

#include <algorithm>

namespace bt {

ClientTableModel::ClientTableModel(ServeMirror *mirror, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mirror(mirror)
    , m_rows(mirror->clients())
{
    connect(m_mirror, &ServeMirror::clientsChanged, this, &ClientTableModel::onClientsChanged);
    connect(m_mirror, &ServeMirror::clientsReset, this, [this] {
        beginResetModel();
        m_rows = m_mirror->clients();
        m_off.clear();
        endResetModel();
        syncOff();
    });
    connect(m_mirror, &ServeMirror::machinesChanged, this, &ClientTableModel::onMachinesChanged);
    onMachinesChanged();
}

void ClientTableModel::onMachinesChanged()
{
    m_known.clear();
    for (const KnownMachine &machine : m_mirror->machines())
        m_known.insert(machine.mac, machine);
    syncOff();
    if (!m_rows.isEmpty()) // names and OS choices of the clients
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void ClientTableModel::syncOff()
{
    QList<KnownMachine> wanted;
    QSet<QString> wantedMacs;
    for (const KnownMachine &machine : m_mirror->machines()) {
        if (m_mirror->indexOf(machine.mac) < 0) {
            wanted << machine;
            wantedMacs.insert(machine.mac);
        }
    }
    const int base = int(m_rows.size());
    for (int i = int(m_off.size()) - 1; i >= 0; --i) {
        if (wantedMacs.contains(m_off.at(i).mac))
            continue;
        beginRemoveRows({}, base + i, base + i);
        m_off.removeAt(i);
        endRemoveRows();
    }
    for (const KnownMachine &machine : std::as_const(wanted)) {
        const auto at = std::find_if(m_off.begin(), m_off.end(),
            [&](const KnownMachine &off) { return off.mac == machine.mac; });
        if (at != m_off.end()) {
            if (!(*at == machine)) {
                *at = machine;
                const int row = base + int(at - m_off.begin());
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int row = base + int(m_off.size());
        beginInsertRows({}, row, row);
        m_off << machine;
        endInsertRows();
    }
}

void ClientTableModel::setNow(const QDateTime &now) { m_fixedNow = now; }

void ClientTableModel::onClientsChanged(const QList<QString> &macs)
{
    // clients() is implicitly shared: taking it costs no copy of the rows.
    const QList<ClientRecord> rows = m_mirror->clients();
    const int oldCount = int(m_rows.size());
    QList<int> changed;
    changed.reserve(macs.size());
    for (const QString &mac : macs) {
        const int row = m_mirror->indexOf(mac);
        if (row >= 0 && row < oldCount)
            changed << row;
    }
    // The mirror only appends, so rows beyond the old count are new.
    if (rows.size() > oldCount) {
        beginInsertRows({}, oldCount, int(rows.size()) - 1);
        m_rows = rows;
        endInsertRows();
        syncOff(); // a known machine that appeared is no longer off
    } else {
        m_rows = rows;
    }
    if (changed.isEmpty())
        return;
    std::sort(changed.begin(), changed.end());
    int first = changed.first();
    int last = first;
    auto announce = [this](int from, int to) {
        Q_EMIT dataChanged(index(from, 0), index(to, ColumnCount - 1));
    };
    for (qsizetype i = 1; i < changed.size(); ++i) {
        const int row = changed.at(i);
        if (row <= last + 1) {
            last = std::max(last, row);
            continue;
        }
        announce(first, last);
        first = last = row;
    }
    announce(first, last);
}

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size() + m_off.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ClientTableModel::stateText(ClientState state)
{
    switch (state) {
    case ClientState::Discovered:
        return tr("Asking for an address");
    case ClientState::Leased:
        return tr("Has an address");
    case ClientState::LoadingPhase1:
        return tr("Loading Phase 1");
    case ClientState::Phase1Up:
        return tr("Phase 1 running");
    case ClientState::Menu:
        return tr("In the menu");
    case ClientState::Downloading:
        return tr("Downloading");
    case ClientState::Sharing:
        return tr("Sharing");
    case ClientState::Booting:
        return tr("Booting its OS");
    case ClientState::Booted:
        return tr("Booted");
    case ClientState::Failed:
        return tr("Failed");
    }
    return {};
}

QString ClientTableModel::offText() { return tr("Off / not seen"); }

QColor ClientTableModel::stateColor(ClientState state)
{
    switch (state) {
    case ClientState::Discovered:
    case ClientState::Leased:
        return QColor(0xec, 0xef, 0xf1);
    case ClientState::LoadingPhase1:
    case ClientState::Phase1Up:
    case ClientState::Menu:
        return QColor(0xe3, 0xf2, 0xfd);
    case ClientState::Downloading:
        return QColor(0xff, 0xf3, 0xe0);
    case ClientState::Sharing:
    case ClientState::Booting:
        return QColor(0xe8, 0xf5, 0xe9);
    case ClientState::Booted:
        return QColor(0xc8, 0xe6, 0xc9);
    case ClientState::Failed:
        return QColor(0xff, 0xcd, 0xd2);
    }
    return {};
}

QString ClientTableModel::firmwareText(const QString &firmware)
{
    if (firmware == ClientFirmware::Bios)
        return tr("BIOS");
    if (firmware == ClientFirmware::Uefi)
        return tr("UEFI");
    if (firmware == ClientFirmware::UefiSecureBoot)
        return tr("UEFI + Secure Boot");
    return {};
}

QString ClientTableModel::rateText(qint64 bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QString();
    return tr("%1/s").arg(QLocale().formattedDataSize(bytesPerSecond, 1));
}

QString ClientTableModel::lastSeenText(const QDateTime &lastSeen) const
{
    if (!lastSeen.isValid())
        return QString();
    const QDateTime now = m_fixedNow.isValid() ? m_fixedNow : QDateTime::currentDateTimeUtc();
    const qint64 seconds = std::max<qint64>(0, lastSeen.secsTo(now));
    if (seconds < 60)
        return tr("%n s ago", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    return QLocale().toString(lastSeen.toLocalTime(), QLocale::ShortFormat);
}

QVariant ClientTableModel::offData(const KnownMachine &machine, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return machine.name;
        case MacColumn:
            return machine.mac;
        case HostnameColumn:
            return machine.hostname;
        case OsColumn:
            return machine.nextBoot.isEmpty() ? machine.defaultOs : machine.nextBoot;
        case StateColumn:
            return offText();
        case LastSeenColumn:
            return lastSeenText(machine.lastSeen);
        }
        return {};
    case SortRole:
        switch (column) {
        case StateColumn:
            return OffState;
        case LastSeenColumn:
            return machine.lastSeen.isValid() ? machine.lastSeen.toMSecsSinceEpoch() : 0;
        case IpColumn:
            return qint64(1) << 33; // after every address
        case ProgressColumn:
        case RateColumn:
            return -1;
        default:
            return offData(machine, column, Qt::DisplayRole);
        }
    case StateRole:
        return OffState;
    case MacRole:
        return machine.mac;
    case Qt::ForegroundRole:
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    case Qt::ToolTipRole:
        if (column == OsColumn && !machine.nextBoot.isEmpty())
            return tr("Boots %1 without the menu at its next boot").arg(machine.nextBoot);
        return {};
    }
    return {};
}

QColor ClientTableModel::alertColor(AlertLevel level, const QPalette &palette)
{
    if (level == AlertLevel::None)
        return {};
    const QColor tint
        = level == AlertLevel::Red ? QColor(0xe5, 0x39, 0x35) : QColor(0xff, 0xa0, 0x00);
    const QColor base = palette.color(QPalette::Base);
    constexpr double share = 0.35;
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
        float(base.greenF() * (1 - share) + tint.greenF() * share),
        float(base.blueF() * (1 - share) + tint.blueF() * share));
}

QString ClientTableModel::etaText(qint64 seconds)
{
    if (seconds >= 0 && seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    return etaClockText(seconds);
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount())
        return {};
    if (index.row() >= m_rows.size())
        return offData(m_off.at(index.row() - m_rows.size()), index.column(), role);
    const ClientRecord &client = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MacColumn:
            return client.mac;
        case IpColumn:
            return client.ip;
        case HostnameColumn:
            return client.hostname;
        case FirmwareColumn:
            return firmwareText(client.firmware);
        case OsColumn:
            return client.os;
        case StateColumn:
            return stateText(client.state);
        case ProgressColumn:
            return tr("%1 %").arg(client.progress);
        case RateColumn:
            return rateText(client.downloadRate);
        case LastSeenColumn:
            return lastSeenText(client.lastSeen);
        case NameColumn:
            return m_known.value(client.mac).name;
        case EtaColumn:
            return etaText(client.etaSeconds);
        case AlertColumn:
            return client.alert.reason;
        }
        break;
    case SortRole:
        switch (index.column()) {
        case IpColumn: {
            // Numeric, so 10.0.0.9 sorts before 10.0.0.10.
            const QStringList parts = client.ip.split(u'.');
            quint32 value = 0;
            for (const QString &part : parts)
                value = value * 256 + part.toUInt();
            return value;
        }
        case StateColumn:
            return int(client.state);
        case ProgressColumn:
            return client.progress;
        case RateColumn:
            return client.downloadRate;
        case LastSeenColumn:
            return client.lastSeen.toMSecsSinceEpoch();
        case EtaColumn:
            return client.etaSeconds;
        case AlertColumn:
            return int(client.alert.level);
        default:
            return data(index, Qt::DisplayRole);
        }
    case ProgressRole:
        return client.progress;
    case StateRole:
        return int(client.state);
    case MacRole:
        return client.mac;
    case AlertLevelRole:
        return int(client.alert.level);
    case Qt::BackgroundRole:
        if (index.column() == StateColumn)
            return stateColor(client.state);
        if (client.alert.level != AlertLevel::None)
            return alertColor(client.alert.level, QGuiApplication::palette());
        break;
    case Qt::ForegroundRole:
        if (index.column() == StateColumn)
            return QColor(Qt::black);
        break;
    case Qt::ToolTipRole:
        // Rich text with the message escaped: a client's "<b>" stays text.
        if (!client.alert.reason.isEmpty() && client.alert.reason != client.message)
            return QStringLiteral("<p>%1</p>%2")
                .arg(client.alert.reason.toHtmlEscaped(),
                    client.message.isEmpty()
                        ? QString()
                        : QStringLiteral("<p>%1</p>").arg(client.message.toHtmlEscaped()));
        if (!client.message.isEmpty())
            return QStringLiteral("<p>%1</p>").arg(client.message.toHtmlEscaped());
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == RateColumn || index.column() == ProgressColumn
            || index.column() == EtaColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    return {};
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MacColumn:
        return tr("MAC");
    case IpColumn:
        return tr("IP");
    case HostnameColumn:
        return tr("Hostname");
    case FirmwareColumn:
        return tr("Firmware");
    case OsColumn:
        return tr("OS");
    case StateColumn:
        return tr("State");
    case ProgressColumn:
        return tr("Progress");
    case RateColumn:
        return tr("Rate");
    case LastSeenColumn:
        return tr("Last seen");
    case EtaColumn:
        return tr("Time left");
    case AlertColumn:
        return tr("Check");
    }
    return {};
}

} // namespace bt
