#include "job/job.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <limits>

using namespace bt;

namespace {

// Work that reports until it is cancelled; a deadline keeps a broken cancel
// from hanging the test. Returns whether it saw the cancel.
bool reportUntilCancelled(JobControl &control)
{
    const QDeadlineTimer deadline(30000);
    for (qint64 step = 0; !deadline.hasExpired(); ++step) {
        if (control.isCancelled())
            return true;
        control.report(QStringLiteral("spin"), step, std::numeric_limits<qint64>::max());
        QThread::usleep(200);
    }
    return false;
}

} // namespace

class TestJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOffTheCallersThreadAndDeliversOnIt()
    {
        Job job;
        QThread *workThread = nullptr;
        QThread *doneThread = nullptr;
        int result = 0;
        QVERIFY(job.run(
            [&workThread](JobControl &) {
                workThread = QThread::currentThread();
                return 42;
            },
            [&](int value) {
                doneThread = QThread::currentThread();
                result = value;
            }));
        QVERIFY(job.isRunning());
        QTRY_COMPARE(result, 42);
        QVERIFY(!job.isRunning());
        QVERIFY(workThread != nullptr);
        QVERIFY(workThread != QThread::currentThread());
        QCOMPARE(doneThread, QThread::currentThread());
    }

    void progressArrivesInOrderBeforeTheResult()
    {
        Job job;
        constexpr qint64 total = 20000;
        QList<qint64> seen;
        bool doneAfterProgress = false;
        connect(&job, &Job::progress, this, [&](const QString &step, qint64 done, qint64 all) {
            QCOMPARE(step, QStringLiteral("count"));
            QCOMPARE(all, total);
            seen << done;
        });
        bool finished = false;
        job.run(
            [](JobControl &control) {
                for (qint64 done = 0; done <= total; ++done) {
                    control.report(QStringLiteral("count"), done, total);
                    if (done % 1000 == 0)
                        QThread::msleep(10); // lets a few reports through the throttle
                }
                return true;
            },
            [&](bool) {
                doneAfterProgress = !seen.isEmpty() && seen.last() == total;
                finished = true;
            });
        QTRY_VERIFY(finished);
        QVERIFY(doneAfterProgress);
        QCOMPARE(seen.first(), qint64(0));
        QVERIFY2(seen.size() < total / 10, "reports are throttled");
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen.at(i) > seen.at(i - 1), "progress out of order");
    }

    void cancelStopsTheWorkMidWay()
    {
        Job job;
        QSignalSpy progress(&job, &Job::progress);
        std::optional<bool> sawCancel;
        job.run(reportUntilCancelled, [&](bool cancelled) { sawCancel = cancelled; });
        QVERIFY(progress.wait(10000));
        QVERIFY(!sawCancel);
        job.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(sawCancel.has_value(), 10000);
        QVERIFY(*sawCancel);
    }

    void refusesASecondRunWhileOneIsUnderWay()
    {
        Job job;
        int runs = 0;
        QVERIFY(job.run(reportUntilCancelled, [&](bool) { ++runs; }));
        QVERIFY(!job.run([](JobControl &) { return true; }, [&](bool) { runs += 10; }));
        job.cancel();
        QTRY_COMPARE(runs, 1);
        QVERIFY(job.run([](JobControl &) { return true; }, [&](bool) { runs += 10; }));
        QTRY_COMPARE(runs, 11);
    }

    void destructionCancelsAndWaitsForTheWork()
    {
        auto *job = new Job;
        QSignalSpy progress(job, &Job::progress);
        auto workEnded = std::make_shared<std::atomic_bool>(false);
        bool delivered = false;
        job->run(
            [workEnded](JobControl &control) {
                const bool cancelled = reportUntilCancelled(control);
                workEnded->store(true);
                return cancelled;
            },
            [&](bool) { delivered = true; });
        QVERIFY(progress.wait(10000));
        delete job;
        QVERIFY(workEnded->load());
        QCoreApplication::processEvents();
        QVERIFY(!delivered);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
