#pragma once

#include "copyitem.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>

namespace bt {

// Copies files on a worker thread (OS images are gigabytes), reporting bytes
// as it goes. Each file is written under a temporary name and renamed when
// complete; a cancelled or failed job removes every file and folder it made.
class FileCopyJob : public QObject {
    Q_OBJECT
public:
    enum class Outcome { Copied, Cancelled, Failed };
    Q_ENUM(Outcome)

    struct Result {
        Outcome outcome = Outcome::Copied;
        QString error; // what went wrong and what to do, for Failed
    };

    // items: absolute sources and targets; missing target folders are created.
    explicit FileCopyJob(CopyItems items, QObject *parent = nullptr);
    ~FileCopyJob() override;

    void start();
    void cancel();
    bool isRunning() const;

    // The suffix of a file while it is being copied.
    static QString partialSuffix();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bt::FileCopyJob::Outcome outcome, const QString &error);

private:
    CopyItems m_items;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QFutureWatcher<Result> *m_watcher = nullptr;
};

} // namespace bt
