#include "serve/logmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bt;

namespace {

LogLine line(const QString &text, const QString &source = QStringLiteral("dnsmasq"),
    LogSeverity severity = LogSeverity::Info)
{
    return LogLine { QDateTime::currentDateTime(), source, severity, text };
}

QList<LogLine> numbered(int from, int to)
{
    QList<LogLine> lines;
    for (int i = from; i <= to; ++i)
        lines << line(QString::number(i));
    return lines;
}

QStringList texts(const LogModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row).data(LogModel::TextRole).toString();
    return result;
}

} // namespace

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insertsQueuedLinesAsOneBatch()
    {
        LogModel model;
        model.setFlushInterval(60000);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(line(QStringLiteral("a")));
        model.append(line(QStringLiteral("b")));
        model.append(line(QStringLiteral("c")));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.pendingCount(), 3);

        model.flush();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted[0][1].toInt(), 0);
        QCOMPARE(inserted[0][2].toInt(), 2);
        QCOMPARE(texts(model),
            (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QCOMPARE(model.pendingCount(), 0);
    }

    void flushesByItselfWithinTheInterval()
    {
        LogModel model;
        model.setFlushInterval(20);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(line(QStringLiteral("a")));
        model.appendBatch(numbered(1, 4));
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 5, 2000);
        QCOMPARE(inserted.size(), 1);
    }

    void dropsTheOldestLinesBeyondMaxLines()
    {
        LogModel model;
        model.setMaxLines(5);
        model.appendBatch(numbered(0, 2));
        model.flush();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.appendBatch(numbered(3, 6));
        model.flush();
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed[0][2].toInt(), 1); // rows 0..1 left
        QCOMPARE(texts(model),
            (QStringList { QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                QStringLiteral("5"), QStringLiteral("6") }));
    }

    void keepsOnlyTheNewestLinesOfAnOversizedBatch()
    {
        LogModel model;
        model.setMaxLines(3);
        model.appendBatch(numbered(0, 1));
        model.flush();
        model.appendBatch(numbered(2, 11));
        model.flush();
        QCOMPARE(texts(model),
            (QStringList { QStringLiteral("9"), QStringLiteral("10"), QStringLiteral("11") }));
    }

    void holdsTwentyThousandLinesByDefault()
    {
        LogModel model;
        QCOMPARE(model.maxLines(), 20000);
        model.appendBatch(numbered(1, 20005));
        model.flush();
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(model.index(0).data(LogModel::TextRole).toString(), QStringLiteral("6"));
    }

    void rolesCarryTimeSourceSeverityAndText()
    {
        LogModel model;
        const QDateTime when(QDate(2024, 5, 1), QTime(10, 20, 30));
        model.append(LogLine {
            when, QStringLiteral("aria2c"), LogSeverity::Warning, QStringLiteral("slow peer") });
        model.flush();
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(LogModel::TimeRole).toDateTime(), when);
        QCOMPARE(index.data(LogModel::SourceRole).toString(), QStringLiteral("aria2c"));
        QCOMPARE(index.data(LogModel::SeverityRole).toInt(), int(LogSeverity::Warning));
        QCOMPARE(index.data(LogModel::TextRole).toString(), QStringLiteral("slow peer"));
        QCOMPARE(
            index.data(Qt::DisplayRole).toString(), QStringLiteral("10:20:30 aria2c: slow peer"));
        QCOMPARE(model.roleNames().value(LogModel::SeverityRole), QByteArray("severity"));
    }

    void clearEmptiesTheModelAndTheQueue()
    {
        LogModel model;
        model.appendBatch(numbered(1, 3));
        model.flush();
        model.append(line(QStringLiteral("queued")));
        model.clear();
        model.flush();
        QCOMPARE(model.rowCount(), 0);
    }

    void staysConsistentUnderTheModelTester()
    {
        LogModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaxLines(50);
        for (int round = 0; round < 10; ++round) {
            model.appendBatch(numbered(round * 20, round * 20 + 19));
            model.flush();
            QCOMPARE(model.rowCount(), std::min(50, (round + 1) * 20));
        }
        model.setMaxLines(10);
        QCOMPARE(model.rowCount(), 10);
        model.clear();
        model.append(
            line(QStringLiteral("after clear"), QStringLiteral("boottorrent"), LogSeverity::Error));
        model.flush();
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLogModel)
#include "tst_logmodel.moc"
