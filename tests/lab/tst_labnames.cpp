#include "lab/labnames.h"

#include <QTest>

#include <unistd.h>

using namespace bt;

class TestLabNames : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namesCarryTheOwnerPid()
    {
        const LabNames names(4321);
        QCOMPARE(names.hostNamespace(), QStringLiteral("btlab4321-h"));
        QCOMPARE(names.siteNamespace(), QStringLiteral("btlab4321-s"));
        QCOMPARE(names.clientNamespace(3), QStringLiteral("btlab4321-c3"));
        QCOMPARE(names.clientMac(10), QStringLiteral("52:54:00:18:00:0a"));
        QCOMPARE(names.vmMac(2), QStringLiteral("52:54:00:18:01:02"));
    }

    void ownerIsReadOnlyFromLabNames()
    {
        QCOMPARE(LabNames::ownerOf(QStringLiteral("btlab77-h")), std::optional<qint64>(77));
        QCOMPARE(LabNames::ownerOf(QStringLiteral("btlab77-c12")), std::optional<qint64>(77));
        QCOMPARE(LabNames::ownerOf(QStringLiteral("btlab77-s")), std::optional<qint64>(77));
        QVERIFY(!LabNames::ownerOf(QStringLiteral("bt706-h")));
        QVERIFY(!LabNames::ownerOf(QStringLiteral("btlab77-x")));
        QVERIFY(!LabNames::ownerOf(QStringLiteral("btlabx-h")));
        QVERIFY(!LabNames::ownerOf(QStringLiteral("mybtlab77-h")));
    }

    void parsesNetnsListWithAndWithoutIds()
    {
        const QByteArray output = "btlab5-c1 (id: 3)\nbtlab5-h (id: 2)\nother\n\n";
        QCOMPARE(LabNames::parseNetnsList(output),
            (QStringList { QStringLiteral("btlab5-c1"), QStringLiteral("btlab5-h"),
                QStringLiteral("other") }));
    }

    void staleOnlyWhenTheOwnerIsGone()
    {
        const QString alive = QStringLiteral("btlab%1-h").arg(::getpid());
        // PIDs above the kernel's maximum (4194304) never run.
        const QString gone = QStringLiteral("btlab999999999-h");
        const QStringList stale
            = LabNames::staleNamespaces({ alive, gone, QStringLiteral("bt706-h") });
        QCOMPARE(stale, QStringList { gone });
    }
};

QTEST_GUILESS_MAIN(TestLabNames)
#include "tst_labnames.moc"
