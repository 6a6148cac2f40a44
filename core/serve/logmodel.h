#pragma once

#include "logline.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

#include <deque>

namespace bt {

// The host's log as a list model for the log view: the newest line last,
// at most maxLines() lines (the oldest are dropped). Lines are queued and
// inserted in batches, one rowsInserted per batch, so a chatty service
// costs the view one update per flush rather than one per line.
// Lives on the GUI thread: feed it through queued signals from elsewhere.
class LogModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        TimeRole = Qt::UserRole + 1, // QDateTime
        SourceRole, // QString
        SeverityRole, // int (LogSeverity)
        TextRole, // QString
    };
    Q_ENUM(Role)

    static constexpr int DefaultMaxLines = 20000;
    static constexpr int DefaultFlushIntervalMs = 100;

    explicit LogModel(QObject *parent = nullptr);

    int maxLines() const { return m_maxLines; }
    void setMaxLines(int maxLines); // trims at once
    int flushInterval() const { return m_flushTimer.interval(); }
    void setFlushInterval(int ms);

    const LogLine &line(int row) const { return m_lines[size_t(row)]; }
    int pendingCount() const { return int(m_pending.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

public Q_SLOTS:
    // Queues the line; it appears at the next flush (within flushInterval()).
    void append(const bt::LogLine &line);
    void appendBatch(const QList<bt::LogLine> &lines);
    // Inserts every queued line now, as one batch.
    void flush();
    void clear();

private:
    void trimTo(int keep);

    std::deque<LogLine> m_lines;
    QList<LogLine> m_pending;
    int m_maxLines = DefaultMaxLines;
    QTimer m_flushTimer;
};

} // namespace bt
