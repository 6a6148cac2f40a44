#include "logmodel.h"

#include <algorithm>

namespace bt {

LogModel::LogModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(DefaultFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::setMaxLines(int maxLines)
{
    m_maxLines = std::max(1, maxLines);
    trimTo(m_maxLines);
}

void LogModel::setFlushInterval(int ms) { m_flushTimer.setInterval(std::max(0, ms)); }

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LogLine &l = m_lines[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 %2: %3")
            .arg(l.time.toString(QStringLiteral("HH:mm:ss")), l.source, l.text);
    case Qt::ToolTipRole:
        return QStringLiteral("%1 %2 %3")
            .arg(l.time.toString(Qt::ISODateWithMs), l.source, toString(l.severity));
    case TimeRole:
        return l.time;
    case SourceRole:
        return l.source;
    case SeverityRole:
        return int(l.severity);
    case TextRole:
        return l.text;
    default:
        return {};
    }
}

QHash<int, QByteArray> LogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TimeRole, "time");
    names.insert(SourceRole, "source");
    names.insert(SeverityRole, "severity");
    names.insert(TextRole, "text");
    return names;
}

void LogModel::append(const LogLine &line)
{
    m_pending.append(line);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::appendBatch(const QList<LogLine> &lines)
{
    if (lines.isEmpty())
        return;
    m_pending.append(lines);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void LogModel::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty())
        return;

    // Lines that would be dropped by this very batch are never inserted.
    const qsizetype skip = std::max<qsizetype>(0, m_pending.size() - m_maxLines);
    const int incoming = int(m_pending.size() - skip);
    trimTo(m_maxLines - incoming);

    const int first = int(m_lines.size());
    beginInsertRows({}, first, first + incoming - 1);
    m_lines.insert(m_lines.end(), m_pending.cbegin() + skip, m_pending.cend());
    endInsertRows();
    m_pending.clear();
}

void LogModel::clear()
{
    m_flushTimer.stop();
    m_pending.clear();
    if (m_lines.empty())
        return;
    beginResetModel();
    m_lines.clear();
    endResetModel();
}

void LogModel::trimTo(int keep)
{
    const int drop = int(m_lines.size()) - std::max(0, keep);
    if (drop <= 0)
        return;
    beginRemoveRows({}, 0, drop - 1);
    m_lines.erase(m_lines.begin(), m_lines.begin() + drop);
    endRemoveRows();
}

} // namespace bt
