#pragma once

#include "builder.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace bt {

// Runs Builder::build on a worker thread and reports through signals, so a
// window stays responsive while gigabytes are hashed. One job, one build.
class BuildJob : public QObject
{
    Q_OBJECT
public:
    BuildJob(Environment env, Builder::Options options, QObject *parent = nullptr);
    ~BuildJob() override;

    void start();
    // Asks the build to stop; finished() follows with a "cancelled" problem.
    void cancel();
    bool isRunning() const;

signals:
    // Delivered on the job's thread, at most ~20 times a second.
    void progress(const QString &step, qint64 done, qint64 total);
    void finished(bool ok, const bt::BuildReport &report, const bt::Problems &problems);

private:
    Environment m_env;
    Builder::Options m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result<BuildReport>> *m_watcher = nullptr;
};

} // namespace bt
