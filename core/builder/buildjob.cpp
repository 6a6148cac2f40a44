#include "buildjob.h"

#include <QElapsedTimer>
#include <QtConcurrent>

namespace bt {

BuildJob::BuildJob(Environment env, Builder::Options options, QObject *parent)
    : QObject(parent)
    , m_env(std::move(env))
    , m_options(std::move(options))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

BuildJob::~BuildJob()
{
    // The worker holds no pointer to this object, but waiting keeps the
    // environment folder from being touched after the window is gone.
    cancel();
    if (m_watcher)
        m_watcher->waitForFinished();
}

void BuildJob::start()
{
    if (isRunning())
        return;
    m_cancel->store(false);
    m_watcher = new QFutureWatcher<Result<BuildReport>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<BuildReport> result = m_watcher->result();
        m_watcher->deleteLater();
        m_watcher = nullptr;
        if (result.ok())
            emit finished(true, result.value(), {});
        else
            emit finished(false, {}, result.problems());
    });

    // The destructor waits for the worker, so `this` outlives every call below.
    auto cancelFlag = m_cancel;
    auto throttle = std::make_shared<QElapsedTimer>();
    const Builder::Progress report
        = [this, throttle](const QString &step, qint64 done, qint64 total) {
              // Throttled here, on the worker, so the event queue never floods.
              if (throttle->isValid() && throttle->elapsed() < 50 && done < total)
                  return;
              throttle->start();
              QMetaObject::invokeMethod(
                  this, [this, step, done, total] { emit progress(step, done, total); },
                  Qt::QueuedConnection);
          };
    m_watcher->setFuture(QtConcurrent::run([env = m_env, options = m_options, report, cancelFlag] {
        return Builder::build(env, options, report, cancelFlag.get());
    }));
}

void BuildJob::cancel() { m_cancel->store(true); }

bool BuildJob::isRunning() const { return m_watcher != nullptr; }

} // namespace bt
