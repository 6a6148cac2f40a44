#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

namespace bt {

// The bookkeeping the swarm and tracker monitors share: a timer that starts
// a round of questions, a round that ends when its last answer is in,
// answers of a round that was given up (stop()) dropped, and one failure
// report per streak of failed rounds.
class PollRound : public QObject
{
    Q_OBJECT
public:
    explicit PollRound(int intervalMs, QObject *parent = nullptr);

    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    void start(); // the timer, and a round at once
    void stop(); // answers still on their way are dropped
    bool isRunning() const { return m_timer.isActive(); }

    // Starts a round expecting `answers` answers; false while one runs.
    bool begin(int answers);
    quint64 round() const { return m_round; }
    bool isCurrent(quint64 round) const { return round == m_round; }
    void expect() { ++m_pending; } // one more answer in this round
    void fail(const QString &message); // this round failed
    // One answer is in. True when it was the last and the round succeeded:
    // the owner reports its result then.
    bool answered();

Q_SIGNALS:
    void due(); // time for the owner to begin a round
    // Emitted once per streak of failed rounds, then polling goes on.
    void failed(const QString &message);
    void recovered();

private:
    QTimer m_timer;
    bool m_inFlight = false;
    bool m_failing = false;
    bool m_roundFailed = false;
    int m_pending = 0;
    quint64 m_round = 0;
};

} // namespace bt
