#pragma once

#include "copyitem.h"
#include "job/job.h"

namespace bt {

// Copies files on a worker thread (OS images are gigabytes), reporting bytes
// as it goes. Each file is written under a temporary name and renamed when
// complete; a cancelled or failed job removes every file and folder it made.
// progress() (bytes, no step name) and cancel() come from Job.
class FileCopyJob : public Job
{
    Q_OBJECT
public:
    enum class Outcome { Copied, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Result
    {
        Outcome outcome = Outcome::Copied;
        QString error; // what went wrong and what to do, for Failed
    };

    // items: absolute sources and targets; missing target folders are created.
    explicit FileCopyJob(CopyItems items, QObject *parent = nullptr);

    void start();

    // The suffix of a file while it is being copied.
    static QString partialSuffix();

Q_SIGNALS:
    void finished(bt::FileCopyJob::Outcome outcome, const QString &error);

private:
    CopyItems m_items;
};

} // namespace bt
