#include "wavereporttablemodel.h"

#include "clienttablemodel.h"
#include "serve/clientstate.h"

#include <QColor>
#include <QLocale>

namespace bt {

WaveReportTableModel::WaveReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WaveReportTableModel::setReport(const WaveReport &report)
{
    if (report.machines.size() == m_rows.size()) {
        m_rows = report.machines;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = report.machines;
    endResetModel();
}

int WaveReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WaveReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WaveReportTableModel::durationText(qint64 ms)
{
    // "s", "min" and "h" read the same in every language the app speaks.
    return ms < 0 ? QStringLiteral("–") : WaveReport::duration(ms);
}

QVariant WaveReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const WaveMachine &m = m_rows.at(index.row());
    const std::optional<ClientState> state = clientStateFromName(m.state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case MacColumn:
            return m.mac;
        case NameColumn:
            return m.name;
        case OsColumn:
            return m.os;
        case StateColumn:
            return state ? ClientTableModel::stateText(*state) : m.state;
        case Phase1Column:
            return durationText(m.toPhase1);
        case DownloadedColumn:
            return durationText(m.toDownloaded);
        case BootedColumn:
            return durationText(m.toBooted);
        case FromHostColumn:
            return QLocale().formattedDataSize(m.bytesFromHost);
        case FromPeersColumn:
            return QLocale().formattedDataSize(m.bytesFromPeers);
        default:
            return {};
        }
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Phase1Column:
            return m.toPhase1;
        case DownloadedColumn:
            return m.toDownloaded;
        case BootedColumn:
            return m.toBooted;
        case FromHostColumn:
            return m.bytesFromHost;
        case FromPeersColumn:
            return m.bytesFromPeers;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    // Rich text with the message escaped: a machine's "<b>" stays text.
    if (role == Qt::ToolTipRole && !m.message.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(m.message.toHtmlEscaped());
    // As on the dashboard.
    if (role == Qt::BackgroundRole && index.column() == StateColumn && state)
        return ClientTableModel::stateColor(*state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && state)
        return QColor(Qt::black);
    if (role == Qt::TextAlignmentRole && index.column() >= Phase1Column)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant WaveReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MacColumn:
        return tr("MAC");
    case NameColumn:
        return tr("Name");
    case OsColumn:
        return tr("OS");
    case StateColumn:
        return tr("State");
    case Phase1Column:
        return tr("To Phase 1");
    case DownloadedColumn:
        return tr("To downloaded");
    case BootedColumn:
        return tr("To booted");
    case FromHostColumn:
        return tr("From host");
    case FromPeersColumn:
        return tr("From peers");
    default:
        return {};
    }
}

} // namespace bt
