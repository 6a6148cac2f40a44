#pragma once

#include "environment/machinebook.h"
#include "serve/clientrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>

class QPalette;

namespace bt {

class ServeMirror;

// The lab's machines as a table over a serve's mirror (ServeMirror): first
// every client serve follows, in serve's order, then the known machines of
// its machine book that it has not seen (state "Off / not seen"). It
// follows the mirror's batched clientsChanged signal: one poll appends new
// client rows and announces changed rows in contiguous ranges, so 500
// clients updating every second cost a few dataChanged signals, not 500.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        MacColumn,
        IpColumn,
        HostnameColumn,
        FirmwareColumn,
        OsColumn,
        StateColumn,
        ProgressColumn,
        RateColumn,
        LastSeenColumn,
        // Alerts (ClientRegistry::checkAlerts): time left and what to check.
        EtaColumn,
        AlertColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers for numeric columns
        ProgressRole, // 0..100
        StateRole, // int(ClientState), or OffState
        MacRole, // the row's MAC
        AlertLevelRole = Qt::UserRole + 20, // int(AlertLevel), for filters and tests
    };
    // StateRole of a known machine serve has not seen.
    static constexpr int OffState = 100;

    explicit ClientTableModel(ServeMirror *mirror, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The clock "last seen" is measured against; tests fix it.
    void setNow(const QDateTime &now);

    static QString stateText(ClientState state);
    static QString offText();
    int offCount() const { return int(m_off.size()); }
    static QColor stateColor(ClientState state);
    static QString rateText(qint64 bytesPerSecond);
    // "BIOS", "UEFI", "UEFI + Secure Boot" for a ClientFirmware name.
    static QString firmwareText(const QString &firmware);
    // A flagged row's background: amber or red blended into the palette's
    // base, so its text stays readable in light and dark themes.
    static QColor alertColor(AlertLevel level, const QPalette &palette);
    // "45 s", "3:05", "1:02:03"; empty when unknown.
    static QString etaText(qint64 seconds);

private:
    void onClientsChanged(const QList<QString> &macs);
    void onMachinesChanged();
    // Brings the rows of known machines not seen in line with the mirror.
    void syncOff();
    QString lastSeenText(const QDateTime &lastSeen) const;
    QVariant offData(const KnownMachine &machine, int column, int role) const;

    ServeMirror *m_mirror;
    QList<ClientRecord> m_rows;
    QList<KnownMachine> m_off; // after the clients
    QHash<QString, KnownMachine> m_known; // every known machine by MAC
    QDateTime m_fixedNow;
};

} // namespace bt
