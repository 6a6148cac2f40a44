// The window's virtual lab, offscreen: two simulated clients boot the demo
// environment, and the lab's dashboard, fed from the lab serve's admin API
// inside the lab's network namespace, shows both of them booted. Needs root
// (network namespaces); skipped otherwise.

#include "serve/logmodel.h"
#include "serve/servemirror.h"
#include "ui/clienttablemodel.h"
#include "ui/dashboardpanel.h"
#include "ui/labcontroller.h"
#include "ui/mainwindow.h"

#include "lab/virtuallab.h"

#include <QApplication>
#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace bt;

class TestLabDashboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("the virtual lab needs root");
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setApplicationVersion(QStringLiteral(BT_VERSION));
        // The lab finds serve, bttui and its scripts as an installed app would.
        const QString binary = qEnvironmentVariable("BT_BINARY_DIR");
        qputenv("PATH",
            (binary + QStringLiteral("/app:") + binary + QStringLiteral("/client-tui/app:")
                + qEnvironmentVariable("PATH"))
                .toLocal8Bit());
        qputenv("BOOTTORRENT_LAB_DIR", (binary + QStringLiteral("/lab")).toLocal8Bit());
        qputenv("BOOTTORRENT_PHASE1_DIR", (binary + QStringLiteral("/phase1")).toLocal8Bit());
    }

    void twoSimulatedClientsBootOnTheLabDashboard()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString env = tmp.filePath(QStringLiteral("demo"));
        QProcess copy;
        copy.start(QStringLiteral("cp"),
            { QStringLiteral("-r"), qEnvironmentVariable("BT_BINARY_DIR") + QStringLiteral("/demo"),
                env });
        QVERIFY(copy.waitForFinished(60000) && copy.exitCode() == 0);

        MainWindow window;
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(window.openEnvironment(env));
        LabController *lab = window.labController();
        lab->setDialogsEnabled(false);
        QSignalSpy settled(lab, &LabController::statusMessage);
        QVERIFY(lab->start(2, 0));
        QVERIFY(lab->dashboard());
        QVERIFY(lab->lab());
        ServeMirror *mirror = lab->lab()->mirror();
        // The dashboard is the mirror's: the lab serve's own view.
        QCOMPARE(lab->dashboard()->model()->rowCount(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(mirror->link(), ServeMirror::Link::Attached, 120000);
        QVERIFY(!mirror->endpoint().netns.isEmpty());
        auto booted = [&] {
            const ClientTableModel *model = lab->dashboard()->model();
            int count = 0;
            for (int row = 0; row < model->rowCount(); ++row)
                count += model->index(row, ClientTableModel::StateColumn)
                             .data(ClientTableModel::StateRole)
                             .toInt()
                    == int(ClientState::Booted);
            return count;
        };
        QTRY_COMPARE_WITH_TIMEOUT(booted(), 2, 180000);
        QCOMPARE(lab->dashboard()->model()->rowCount(), 2);
        QVERIFY(mirror->swarm().torrents.size() >= 1);
        QVERIFY(mirror->log()->rowCount() > 0);

        QSignalSpy running(lab, &LabController::runningChanged);
        lab->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!lab->lab(), 60000);
        QVERIFY(!lab->dashboard());
        QVERIFY(window.closeEnvironment());
    }
};

QTEST_MAIN(TestLabDashboard)
#include "tst_labdashboard.moc"
