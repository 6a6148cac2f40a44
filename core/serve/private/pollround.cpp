#include "pollround.h"

namespace bt {

PollRound::PollRound(int intervalMs, QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &PollRound::due);
}

void PollRound::start()
{
    m_timer.start();
    Q_EMIT due();
}

void PollRound::stop()
{
    m_timer.stop();
    ++m_round;
    m_inFlight = false;
}

bool PollRound::begin(int answers)
{
    if (m_inFlight)
        return false;
    m_inFlight = true;
    m_roundFailed = false;
    m_pending = answers;
    ++m_round;
    return true;
}

void PollRound::fail(const QString &message)
{
    m_roundFailed = true;
    if (m_failing)
        return;
    m_failing = true;
    Q_EMIT failed(message);
}

bool PollRound::answered()
{
    if (--m_pending > 0)
        return false;
    m_inFlight = false;
    if (m_roundFailed)
        return false;
    if (m_failing) {
        m_failing = false;
        Q_EMIT recovered();
    }
    return true;
}

} // namespace bt
