#pragma once

#include "builder.h"
#include "job/job.h"

namespace bt {

// Runs Builder::build on a worker thread and reports through signals, so a
// window stays responsive while gigabytes are hashed. One job, one build.
// progress() and cancel() come from Job.
class BuildJob : public Job
{
    Q_OBJECT
public:
    BuildJob(Environment env, Builder::Options options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // After cancel(), with a "cancelled" problem.
    void finished(bool ok, const bt::BuildReport &report, const bt::Problems &problems);

private:
    Environment m_env;
    Builder::Options m_options;
};

} // namespace bt
