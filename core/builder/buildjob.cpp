#include "buildjob.h"

namespace bt {

BuildJob::BuildJob(Environment env, Builder::Options options, QObject *parent)
    : Job(parent)
    , m_env(std::move(env))
    , m_options(std::move(options))
{
}

void BuildJob::start()
{
    // Job's destructor waits for the work, so the environment folder is never
    // touched after the window is gone.
    run(
        [env = m_env, options = m_options](JobControl &control) {
            return Builder::build(
                env, options,
                [&control](const QString &step, qint64 done, qint64 total) {
                    control.report(step, done, total);
                },
                control.cancelFlag());
        },
        [this](const Result<BuildReport> &result) {
            if (result.ok())
                Q_EMIT finished(true, result.value(), {});
            else
                Q_EMIT finished(false, {}, result.problems());
        });
}

} // namespace bt
