#include "ui/buildpanel.h"
#include "ui/environmentdocument.h"
#include "ui/environmenteditor.h"
#include "ui/mainwindow.h"
#include "ui/recentenvironments.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bt;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    template <typename T> static T *field(MainWindow &window, const QString &name)
    {
        T *widget = window.editor()->findChild<T *>(name);
        if (!widget)
            qFatal("no field %s", qPrintable(name));
        return widget;
    }

    static void retype(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(widget, Qt::Key_Delete);
        QTest::keyClicks(widget, text);
        QTest::keyClick(widget, Qt::Key_Return);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("BootTorrentTest"));
    }

    void createsAnEnvironmentThroughTheGui()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("lab"));
        MainWindow window;
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.saveAction()->isEnabled());

        QVERIFY(window.newEnvironment(dir));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/Boottorrent.yaml")));
        QVERIFY(window.document());
        QVERIFY(window.saveAction()->isEnabled());
        QVERIFY(!window.isWindowModified());

        retype(field<QSpinBox>(window, QStringLiteral("timeout")), QStringLiteral("12"));
        retype(field<QLineEdit>(window, QStringLiteral("hostIp")), QStringLiteral("198.18.0.1"));
        retype(
            field<QLineEdit>(window, QStringLiteral("rangeStart")), QStringLiteral("198.18.0.100"));
        retype(
            field<QLineEdit>(window, QStringLiteral("rangeEnd")), QStringLiteral("198.18.0.199"));
        retype(field<QLineEdit>(window, QStringLiteral("rangeLease")), QStringLiteral("1h"));
        retype(field<QSpinBox>(window, QStringLiteral("trackerPort")), QStringLiteral("10002"));
        QVERIFY(window.isWindowModified());
        QVERIFY2(window.document()->problems().isEmpty(),
            qPrintable(toString(window.document()->problems())));

        window.saveAction()->trigger();
        QVERIFY(!window.isWindowModified());
        const Result<Environment> saved = Environment::load(dir);
        QVERIFY2(saved.ok(), qPrintable(toString(saved.problems())));
        QCOMPARE(saved->boot().timeout, 12);
        QCOMPARE(saved->boot().hostIp, QStringLiteral("198.18.0.1"));
        QCOMPARE(saved->dnsmasq().dhcpRange,
            QStringLiteral("198.18.0.100,198.18.0.199,255.255.255.0,1h"));
        QCOMPARE(saved->opentracker().port, 10002);
        QCOMPARE(RecentEnvironments::list().value(0), QDir(dir).absolutePath());
    }

    void invalidDhcpRangeShowsInlineMessageAndDisablesBuildAndServe()
    {
        QTemporaryDir tmp;
        MainWindow window;
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(window.newEnvironment(tmp.path()));
        QVERIFY(window.buildAction()->isEnabled());
        QVERIFY(window.serveAction()->isEnabled());

        QLabel *message = window.editor()->problemLabel(QStringLiteral("dnsmasq.dhcp_range"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        retype(
            field<QLineEdit>(window, QStringLiteral("rangeStart")), QStringLiteral("192.168.7.50"));
        QVERIFY(message->isVisible());
        QVERIFY2(
            message->text().contains(QStringLiteral("192.168.7.50")), qPrintable(message->text()));
        QVERIFY(!window.buildAction()->isEnabled());
        QVERIFY(!window.serveAction()->isEnabled());
        QVERIFY(window.buildAction()->toolTip().contains(QStringLiteral("dnsmasq.dhcp_range")));

        retype(
            field<QLineEdit>(window, QStringLiteral("rangeStart")), QStringLiteral("192.168.1.60"));
        QVERIFY(!message->isVisible());
        QVERIFY(window.buildAction()->isEnabled());
    }

    void undoTakesBackAFieldEdit()
    {
        QTemporaryDir tmp;
        MainWindow window;
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(window.newEnvironment(tmp.path()));
        auto *hostIp = field<QLineEdit>(window, QStringLiteral("hostIp"));
        retype(hostIp, QStringLiteral("10.1.2.3"));
        QCOMPARE(window.document()->environment().boot().hostIp, QStringLiteral("10.1.2.3"));
        window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
        QCOMPARE(window.document()->environment().boot().hostIp, QStringLiteral("192.168.1.1"));
        QCOMPARE(hostIp->text(), QStringLiteral("192.168.1.1"));
        QVERIFY(!window.isWindowModified());
    }

    void alertThresholdsAreEditedInTheAlertsGroup()
    {
        QTemporaryDir tmp;
        MainWindow window;
        window.setDialogsEnabled(false);
        window.show();
        QVERIFY(window.newEnvironment(tmp.path()));
        auto *noProgress = field<QSpinBox>(window, QStringLiteral("alerts.no_progress"));
        QCOMPARE(noProgress->value(), AlertSettings {}.noProgress);
        retype(noProgress, QStringLiteral("30"));
        QCOMPARE(window.document()->environment().alerts().noProgress, 30);

        QLabel *message = window.editor()->problemLabel(QStringLiteral("alerts.no_progress_red"));
        QVERIFY(message);
        QVERIFY(!message->isVisible());
        retype(field<QSpinBox>(window, QStringLiteral("alerts.no_progress_red")),
            QStringLiteral("20"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("not longer than alerts.no_progress")),
            qPrintable(message->text()));
        QVERIFY(!window.buildAction()->isEnabled());
    }

    void refusesAFolderThatIsAlreadyAnEnvironment()
    {
        QTemporaryDir tmp;
        QVERIFY(Environment::init(tmp.path()).isEmpty());
        MainWindow window;
        window.setDialogsEnabled(false);
        QVERIFY(!window.newEnvironment(tmp.path()));
        QVERIFY(!window.document());
    }

    void opensAnEnvironmentWithItsValues()
    {
        QTemporaryDir tmp;
        QVERIFY(Environment::init(tmp.path()).isEmpty());
        MainWindow window;
        window.setDialogsEnabled(false);
        QVERIFY(window.openEnvironment(tmp.path()));
        QCOMPARE(field<QLineEdit>(window, QStringLiteral("hostIp"))->text(),
            QStringLiteral("192.168.1.1"));
        QCOMPARE(field<QLineEdit>(window, QStringLiteral("rangeEnd"))->text(),
            QStringLiteral("192.168.1.150"));
        QVERIFY(window.closeEnvironment());
        QVERIFY(!window.document());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
