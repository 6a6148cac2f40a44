#pragma once

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QMutex>
#include <QObject>
#include <QtConcurrent>

#include <atomic>
#include <functional>
#include <memory>
#include <type_traits>

namespace bt {

class Job;

// What work running for a Job sees of it, from the worker thread: whether
// the job was cancelled, and where progress goes.
class JobControl
{
public:
    explicit JobControl(Job *job);

    bool isCancelled() const { return m_cancel.load(); }
    // For code that polls a flag of its own (Builder::build, long copies).
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }
    // Passed on to Job::progress on the job's thread, at most ~20 times a
    // second; the last step of each (done == total) always arrives.
    void report(const QString &step, qint64 done, qint64 total);

private:
    friend class Job;
    Job *m_job;
    std::atomic_bool m_cancel { false };
    QMutex m_throttleLock; // work may report from a thread pool of its own
    QElapsedTimer m_throttle;
};

// Long work off the GUI thread, as a job: start it with run(), watch
// progress(), cancel() it, and get its result on the job's own thread. One
// run at a time; the destructor cancels and waits for the work, so work may
// use whatever the job owns until it returns.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    bool isRunning() const { return m_watcher != nullptr; }
    // Asks the running work to stop; its result still arrives.
    void cancel();

    // Runs work(JobControl &) on Qt's thread pool and hands what it returns
    // to done on this job's thread. Does nothing and returns false while a
    // run is under way.
    template <typename Work, typename Done> bool run(Work work, Done done)
    {
        using T = std::invoke_result_t<Work, JobControl &>;
        if (isRunning())
            return false;
        m_control = std::make_shared<JobControl>(this);
        auto *watcher = new QFutureWatcher<T>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, done = std::move(done)]() mutable {
                m_watcher = nullptr;
                watcher->deleteLater();
                // done may delete this job, and with it this connection.
                auto deliver = std::move(done);
                deliver(watcher->result());
            });
        watcher->setFuture(QtConcurrent::run(
            [control = m_control, work = std::move(work)]() mutable { return work(*control); }));
        return true;
    }

Q_SIGNALS:
    // Delivered on the job's thread, in the order the work reported.
    void progress(const QString &step, qint64 done, qint64 total);

private:
    std::shared_ptr<JobControl> m_control;
    QFutureWatcherBase *m_watcher = nullptr;
};

} // namespace bt
