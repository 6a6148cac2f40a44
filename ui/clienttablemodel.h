#pragma once

#include "serve/clientrecord.h"

#include <QAbstractTableModel>
#include <QDateTime>

class QPalette;

namespace bt {

class ServeMirror;

// The lab's machines as a table over a serve's mirror (ServeMirror). It
// follows the mirror's batched clientsChanged signal: one poll appends new rows and
// announces changed rows in contiguous ranges, so 500 clients updating
// every second cost a few dataChanged signals, not 500.
class ClientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
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
        StateRole, // int(ClientState)
        AlertLevelRole = Qt::UserRole + 20, // int(AlertLevel), for filters and tests
    };

    explicit ClientTableModel(ServeMirror *mirror, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The clock "last seen" is measured against; tests fix it.
    void setNow(const QDateTime &now);

    static QString stateText(ClientState state);
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

    ServeMirror *m_mirror;
    QList<ClientRecord> m_rows;
    QDateTime m_fixedNow;
};

} // namespace bt
