// The services table fed as the window feeds it: real child processes in a
// ServiceGroup behind a real admin API on loopback, read by a ServeMirror,
// with the model tester watching every reset.
#include <serve/adminserver.h>
#include <serve/clientregistry.h>
#include <serve/logmodel.h>
#include <serve/servemirror.h>
#include <serve/servicegroup.h>
#include <ui/servicetablemodel.h>

#include <QAbstractItemModelTester>
#include <QTest>

#include <signal.h>

using namespace bt;

namespace {

constexpr int Patience = 20000; // upper bound for anything the test waits for

ServiceSpec sleeper(const QString &name)
{
    return ServiceSpec { name, QStringLiteral("sleep"), { QStringLiteral("300") }, {}, {}, {} };
}

} // namespace

class TestServiceTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheServicesThroughStartDeathAndStop()
    {
        ServiceSupervisor::Timings quick;
        quick.startupMs = 200;
        quick.firstBackoffMs = 100;
        ServiceGroup group;
        const QStringList names { QStringLiteral("dnsmasq"), QStringLiteral("opentracker"),
            QStringLiteral("aria2c") };
        for (const QString &name : names)
            group.add(sleeper(name), quick);
        ClientRegistry registry;
        LogModel log;
        AdminServer server(&registry, &group, &log);
        const QByteArray token = AdminServer::newToken();
        server.setToken(token);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, {}));

        ServeMirror mirror;
        mirror.setInterval(50);
        ServiceTableModel model(&mirror);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        mirror.attach({ QStringLiteral("127.0.0.1"), server.serverPort(), token, {} });

        auto cell
            = [&model](int row, int column) { return model.index(row, column).data().toString(); };
        auto allIn = [&](const QString &state) {
            if (model.rowCount() != names.size())
                return false;
            for (int row = 0; row < model.rowCount(); ++row) {
                if (cell(row, ServiceTableModel::StateColumn) != state)
                    return false;
            }
            return true;
        };
        QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("Stopped")), Patience);
        for (int row = 0; row < names.size(); ++row)
            QCOMPARE(cell(row, ServiceTableModel::NameColumn), names.at(row));

        group.start();
        QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("Running")), Patience);
        const qint64 tracker = group.supervisor(QStringLiteral("opentracker"))->pid();
        QVERIFY(tracker > 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(1, ServiceTableModel::PidColumn), QString::number(tracker), Patience);

        // A child dies: the row counts the restart and names the death.
        QVERIFY(::kill(pid_t(tracker), SIGKILL) == 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(1, ServiceTableModel::RestartsColumn), QStringLiteral("1"), Patience);
        QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("Running")), Patience);
        QVERIFY2(cell(1, ServiceTableModel::ErrorColumn).contains(QStringLiteral("SIGKILL")),
            qPrintable(cell(1, ServiceTableModel::ErrorColumn)));
        QCOMPARE(cell(0, ServiceTableModel::RestartsColumn), QStringLiteral("0"));

        group.stop();
        QTRY_VERIFY_WITH_TIMEOUT(allIn(QStringLiteral("Stopped")), Patience);
        QCOMPARE(cell(1, ServiceTableModel::PidColumn), QString());

        // The services go: the rows go with them.
        group.clear();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, Patience);
    }
};

QTEST_MAIN(TestServiceTableModel)
#include "tst_servicetablemodel.moc"
