#pragma once

#include "serve/wavereport.h"

#include <QAbstractTableModel>

namespace bt {

// The machines of one boot wave report, one row each: times from power-on
// and bytes from the host and from peers.
class WaveReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        MacColumn,
        NameColumn,
        OsColumn,
        StateColumn,
        Phase1Column,
        DownloadedColumn,
        BootedColumn,
        FromHostColumn,
        FromPeersColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1; // numbers for the numeric columns

    explicit WaveReportTableModel(QObject *parent = nullptr);

    void setReport(const WaveReport &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "3 min 40 s", "–" when it did not get there.
    static QString durationText(qint64 ms);

private:
    QList<WaveMachine> m_rows;
};

} // namespace bt
