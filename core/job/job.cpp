#include "job.h"

namespace bt {

namespace {

constexpr int kProgressIntervalMs = 50;

} // namespace

JobControl::JobControl(Job *job)
    : m_job(job)
{
}

void JobControl::report(const QString &step, qint64 done, qint64 total)
{
    // Throttled here, on the worker, so the job's event queue never floods.
    const QMutexLocker lock(&m_throttleLock);
    if (m_throttle.isValid() && m_throttle.elapsed() < kProgressIntervalMs && done < total)
        return;
    m_throttle.start();
    // Queued while the lock is held, so reports keep their order. The job
    // waits for its work in its destructor: m_job outlives this call.
    QMetaObject::invokeMethod(
        m_job, [job = m_job, step, done, total] { Q_EMIT job->progress(step, done, total); },
        Qt::QueuedConnection);
}

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job()
{
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void Job::cancel()
{
    if (m_control)
        m_control->m_cancel.store(true);
}

} // namespace bt
