#include <environment/problem.h>
#include <environment/result.h>

#include <QTest>

using namespace bt;

class TestProblem : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void formatsFileKeyAndMessage()
    {
        const Problem p { QStringLiteral("Boottorrent.yaml"), QStringLiteral("dnsmasq.dhcp_range"),
            QStringLiteral("end 192.168.1.10 is before start 192.168.1.50") };
        QCOMPARE(p.toString(),
            QStringLiteral("Boottorrent.yaml: dnsmasq.dhcp_range: end 192.168.1.10 is before start "
                           "192.168.1.50"));
    }

    void omitsEmptyKeyPath()
    {
        const Problem p { QStringLiteral("oss/x/config.yaml"), {},
            QStringLiteral("cannot be read") };
        QCOMPARE(p.toString(), QStringLiteral("oss/x/config.yaml: cannot be read"));
    }

    void resultCarriesValueOrProblems()
    {
        Result<int> good(42);
        QVERIFY(good.ok());
        QCOMPARE(good.value(), 42);
        Result<int> bad(Problem { QStringLiteral("f"), QStringLiteral("k"), QStringLiteral("m") });
        QVERIFY(!bad.ok());
        QCOMPARE(bad.problems().size(), 1);
        QCOMPARE(toString(bad.problems()), QStringLiteral("f: k: m"));
    }
};

QTEST_GUILESS_MAIN(TestProblem)
#include "tst_problem.moc"
