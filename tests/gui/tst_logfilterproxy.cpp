// The log view's filter over the log model, with the model tester on both
// while lines arrive, old lines are dropped and the filter changes.
#include <serve/logmodel.h>
#include <ui/logfilterproxy.h>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace bt;

namespace {

LogLine line(const QString &source, const QString &text)
{
    return LogLine { QDateTime::currentDateTime(), source, LogSeverity::Info, text };
}

// n lines, alternately from dnsmasq and aria2c; every third one a DHCPACK.
QList<LogLine> lines(int from, int n)
{
    QList<LogLine> result;
    for (int i = from; i < from + n; ++i)
        result << line(i % 2 ? QStringLiteral("aria2c") : QStringLiteral("dnsmasq"),
            i % 3 ? QStringLiteral("line %1").arg(i) : QStringLiteral("DHCPACK line %1").arg(i));
    return result;
}

QStringList texts(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(LogModel::TextRole).toString();
    return result;
}

} // namespace

class TestLogFilterProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filtersBySourceAndTextWhileLinesComeAndGo()
    {
        LogModel log;
        log.setMaxLines(30);
        LogFilterProxy proxy;
        proxy.setSourceModel(&log);
        QAbstractItemModelTester logTester(
            &log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

        log.appendBatch(lines(0, 12));
        log.flush();
        QCOMPARE(proxy.rowCount(), 12);

        proxy.setSource(QStringLiteral("dnsmasq"));
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setSearchText(QStringLiteral("dhcpack")); // any case
        QCOMPARE(texts(proxy),
            (QStringList { QStringLiteral("DHCPACK line 0"), QStringLiteral("DHCPACK line 6") }));

        // New lines pass the filter as they arrive.
        log.appendBatch(lines(12, 12));
        log.flush();
        QCOMPARE(texts(proxy),
            (QStringList { QStringLiteral("DHCPACK line 0"), QStringLiteral("DHCPACK line 6"),
                QStringLiteral("DHCPACK line 12"), QStringLiteral("DHCPACK line 18") }));

        // The oldest lines are dropped: rows leave the filtered view too.
        log.appendBatch(lines(24, 12));
        log.flush();
        QCOMPARE(log.rowCount(), 30);
        QCOMPARE(texts(proxy),
            (QStringList { QStringLiteral("DHCPACK line 6"), QStringLiteral("DHCPACK line 12"),
                QStringLiteral("DHCPACK line 18"), QStringLiteral("DHCPACK line 24"),
                QStringLiteral("DHCPACK line 30") }));
        log.setMaxLines(7); // lines 29..35
        QCOMPARE(texts(proxy), (QStringList { QStringLiteral("DHCPACK line 30") }));

        proxy.setSearchText({});
        QCOMPARE(texts(proxy),
            (QStringList { QStringLiteral("DHCPACK line 30"), QStringLiteral("line 32"),
                QStringLiteral("line 34") }));
        proxy.setSource({});
        QCOMPARE(proxy.rowCount(), 7);

        log.clear();
        QCOMPARE(proxy.rowCount(), 0);
        log.append(line(QStringLiteral("boottorrent"), QStringLiteral("after clear")));
        log.flush();
        QCOMPARE(texts(proxy), QStringList { QStringLiteral("after clear") });
    }
};

QTEST_GUILESS_MAIN(TestLogFilterProxy)
#include "tst_logfilterproxy.moc"
