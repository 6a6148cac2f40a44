// The window's virtual lab, offscreen: two simulated clients boot the demo
// environment, and the lab's dashboard, fed from the lab serve's admin API
// inside the lab's network namespace, shows both of them booted; a virtual
// machine started powered off from the dialog stays off until Power On.
// Needs root (network namespaces); skipped otherwise.

#include "serve/logmodel.h"
#include "serve/servemirror.h"
#include "ui/clienttablemodel.h"
#include "ui/dashboardpanel.h"
#include "ui/labcontroller.h"
#include "ui/mainwindow.h"

#include "lab/virtuallab.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

#include <unistd.h>

using namespace bt;

class TestLabDashboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
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

    // Each test: a copy of the build's demo environment, open in a window.
    void init()
    {
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        const QString env = m_tmp->filePath(QStringLiteral("demo"));
        QProcess copy;
        copy.start(QStringLiteral("cp"),
            { QStringLiteral("-r"), qEnvironmentVariable("BT_BINARY_DIR") + QStringLiteral("/demo"),
                env });
        QVERIFY(copy.waitForFinished(60000) && copy.exitCode() == 0);
        m_window = std::make_unique<MainWindow>();
        m_window->setDialogsEnabled(false);
        m_window->show();
        QVERIFY(m_window->openEnvironment(env));
        m_window->labController()->setDialogsEnabled(false);
    }

    void cleanup()
    {
        m_window.reset();
        m_tmp.reset();
    }

    void twoSimulatedClientsBootOnTheLabDashboard()
    {
        MainWindow &window = *m_window;
        LabController *lab = window.labController();
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

    void aMachineStartedPoweredOffRunsOnlyAfterPowerOn()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("qemu-system-x86_64")).isEmpty())
            QSKIP("qemu-system-x86_64 is not installed");
        MainWindow &window = *m_window;
        LabController *lab = window.labController();

        // The dialog asks for the count, the firmware and whether to start powered off.
        bool answered = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->objectName(), QStringLiteral("labVmDialog"));
            dialog->findChild<QSpinBox *>(QStringLiteral("labVmCount"))->setValue(1);
            auto *poweredOff = dialog->findChild<QCheckBox *>(QStringLiteral("labVmPoweredOff"));
            QVERIFY(poweredOff && !poweredOff->isChecked());
            poweredOff->setChecked(true);
            answered = true;
            dialog->accept();
        });
        lab->menu()->findChild<QAction *>(QStringLiteral("labVmAction"))->trigger();
        QVERIFY(answered);
        QVERIFY(lab->lab());
        QSignalSpy notes(lab->lab(), &VirtualLab::logLine);
        QTRY_COMPARE_WITH_TIMEOUT(lab->lab()->state(), VirtualLab::State::Running, 120000);
        QCOMPARE(lab->lab()->poweredOffMachines(), QStringList { QStringLiteral("vm1") });
        QVERIFY(lab->powerOnAction()->isEnabled());

        lab->powerOnAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(lab->lab()->poweredOffMachines().isEmpty(), 10000);
        const auto noted = [&](const QString &text) {
            for (const QList<QVariant> &note : std::as_const(notes))
                if (note.at(0).toString().contains(text))
                    return true;
            return false;
        };
        QVERIFY(noted(QStringLiteral("vm1 (52:54:00:18:01:01): magic packet from 198.18.0.1")));
        QVERIFY(noted(QStringLiteral("vm1 (52:54:00:18:01:01, bios): powering on")));

        lab->stop();
        QTRY_VERIFY_WITH_TIMEOUT(!lab->lab(), 60000);
        QVERIFY(window.closeEnvironment());
    }

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestLabDashboard)
#include "tst_labdashboard.moc"
