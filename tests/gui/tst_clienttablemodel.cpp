#include "ui/clienttablemodel.h"
#include "ui/progressdelegate.h"

#include "mirrorfeed.h"
#include "serve/clientstatus.h"
#include "serve/machinerecorder.h"

#include <QAbstractItemModelTester>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPalette>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

using namespace bt;

class TestClientTableModel : public QObject
{
    Q_OBJECT

private:
    static QString macOf(int n)
    {
        return QStringLiteral("52:54:00:00:%1:%2")
            .arg(n / 256, 2, 16, QLatin1Char('0'))
            .arg(n % 256, 2, 16, QLatin1Char('0'));
    }

    static ClientStatus status(int n, ClientState state, int progress, const QDateTime &time)
    {
        ClientStatus s;
        s.state = state;
        s.os = QStringLiteral("debian");
        s.progress = progress;
        s.completedBytes = qint64(progress) * 1024 * 1024;
        s.totalBytes = qint64(100) * 1024 * 1024;
        s.downloadRate = 1000 * (n + 1);
        s.ip = QStringLiteral("198.18.%1.%2").arg(n / 200).arg(10 + n % 200);
        s.time = time;
        return s;
    }

private Q_SLOTS:
    void newClientsAppearAsRows()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(registry.applyStatus(macOf(1), status(1, ClientState::Menu, 0, now)));
        QVERIFY(registry.applyStatus(macOf(2), status(2, ClientState::Downloading, 40, now)));
        registry.flush();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ClientTableModel::MacColumn).data().toString(), macOf(1));
        QCOMPARE(model.index(1, ClientTableModel::IpColumn).data().toString(),
            QStringLiteral("198.18.0.12"));
        QCOMPARE(
            model.index(1, ClientTableModel::OsColumn).data().toString(), QStringLiteral("debian"));
        QCOMPARE(model.index(1, ClientTableModel::ProgressColumn)
                     .data(ClientTableModel::ProgressRole)
                     .toInt(),
            40);
        QCOMPARE(model.index(1, ClientTableModel::StateColumn).data().toString(),
            ClientTableModel::stateText(ClientState::Downloading));
        QCOMPARE(
            model.index(1, ClientTableModel::StateColumn).data(Qt::BackgroundRole).value<QColor>(),
            ClientTableModel::stateColor(ClientState::Downloading));
    }

    void knownMachinesShowOffUntilTheyAppear()
    {
        MirrorFeed feed;
        ClientTableModel model(&feed.mirror);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // serve's machine book, as GET /api/v1/machines answers it.
        MachineBook book;
        for (int n : { 1, 2, 3 }) {
            KnownMachine machine;
            machine.mac = macOf(n);
            machine.name = QStringLiteral("pc-%1").arg(n);
            machine.defaultOs = n == 3 ? QStringLiteral("debian") : QString();
            book.put(machine);
        }
        feed.mirror.applyMachines(MachineRecorder::toJsonOf(book));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.offCount(), 3);
        QCOMPARE(
            model.index(0, ClientTableModel::NameColumn).data().toString(), QStringLiteral("pc-1"));
        QCOMPARE(model.index(0, ClientTableModel::StateColumn).data().toString(),
            ClientTableModel::offText());
        QCOMPARE(
            model.index(2, ClientTableModel::OsColumn).data().toString(), QStringLiteral("debian"));
        QCOMPARE(model.index(1, 0).data(ClientTableModel::MacRole).toString(), macOf(2));
        QCOMPARE(model.index(1, 0).data(ClientTableModel::StateRole).toInt(),
            ClientTableModel::OffState);

        // Machine 2 powers on: it becomes a client row, first, named; the
        // other two stay off after it.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(feed.registry.applyStatus(macOf(2), status(2, ClientState::Phase1Up, 0, now)));
        feed.registry.flush();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.offCount(), 2);
        QCOMPARE(model.index(0, ClientTableModel::MacColumn).data().toString(), macOf(2));
        QCOMPARE(
            model.index(0, ClientTableModel::NameColumn).data().toString(), QStringLiteral("pc-2"));
        QCOMPARE(model.index(0, ClientTableModel::StateColumn).data().toString(),
            ClientTableModel::stateText(ClientState::Phase1Up));
        QCOMPARE(model.index(1, ClientTableModel::MacColumn).data().toString(), macOf(1));
        QCOMPARE(model.index(2, ClientTableModel::MacColumn).data().toString(), macOf(3));

        // A machine unknown to the book is a client without a name; a
        // renamed one changes in place; one taken out of the book goes.
        QVERIFY(feed.registry.applyStatus(macOf(9), status(9, ClientState::Menu, 0, now)));
        feed.registry.flush();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(1, ClientTableModel::NameColumn).data().toString(), QString());
        KnownMachine renamed = *book.find(macOf(1));
        renamed.name = QStringLiteral("front-left");
        book.put(renamed);
        book.remove(macOf(3));
        feed.mirror.applyMachines(MachineRecorder::toJsonOf(book));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.offCount(), 1);
        QCOMPARE(model.index(2, ClientTableModel::NameColumn).data().toString(),
            QStringLiteral("front-left"));

        // Sorted by address, the machines that are off come last; the state
        // filter finds them.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClientTableModel::SortRole);
        proxy.sort(ClientTableModel::IpColumn);
        QCOMPARE(proxy.index(2, ClientTableModel::MacColumn).data().toString(), macOf(1));
        proxy.setFilterKeyColumn(ClientTableModel::StateColumn);
        proxy.setFilterRole(ClientTableModel::StateRole);
        proxy.setFilterRegularExpression(QStringLiteral("^%1$").arg(ClientTableModel::OffState));
        QCOMPARE(proxy.rowCount(), 1);
    }

    void changedRowsAreAnnouncedInContiguousRanges()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int n = 0; n < 20; ++n)
            registry.applyStatus(macOf(n), status(n, ClientState::Downloading, 1, start));
        registry.flush();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QDateTime later = start.addSecs(1);
        for (int n : { 3, 4, 5, 6, 12, 13 })
            registry.applyStatus(macOf(n), status(n, ClientState::Downloading, 50, later));
        registry.flush();
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 3);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 6);
        QCOMPARE(changed.at(1).at(0).toModelIndex().row(), 12);
        QCOMPARE(changed.at(1).at(1).toModelIndex().row(), 13);
        QCOMPARE(model.index(12, ClientTableModel::ProgressColumn)
                     .data(ClientTableModel::ProgressRole)
                     .toInt(),
            50);
    }

    void sortsNumericallyThroughAProxy()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int n : { 0, 1, 2 })
            registry.applyStatus(macOf(n), status(n, ClientState::Downloading, 90 - 40 * n, now));
        registry.flush();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClientTableModel::SortRole);
        proxy.sort(ClientTableModel::ProgressColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, ClientTableModel::ProgressColumn)
                     .data(ClientTableModel::ProgressRole)
                     .toInt(),
            10);
        QCOMPARE(proxy.index(2, ClientTableModel::ProgressColumn)
                     .data(ClientTableModel::ProgressRole)
                     .toInt(),
            90);
    }

    // How fast is measured in bench/dashboard; here: what a tick of 500
    // changed clients costs the view in signals.
    void fiveHundredClientsChangeInOneAnnouncement()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ClientTableModel::SortRole);
        proxy.setDynamicSortFilter(true);
        QTableView view;
        view.setModel(&proxy);
        view.setSortingEnabled(true);
        view.sortByColumn(ClientTableModel::ProgressColumn, Qt::DescendingOrder);
        view.setItemDelegateForColumn(ClientTableModel::ProgressColumn,
            new ProgressDelegate(ClientTableModel::ProgressRole, &view));
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        constexpr int Clients = 500;
        constexpr int Ticks = 3;
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int tick = 0; tick < Ticks; ++tick) {
            const QDateTime time = start.addSecs(tick);
            for (int n = 0; n < Clients; ++n)
                registry.applyStatus(
                    macOf(n), status(n, ClientState::Downloading, (tick * 10 + n) % 100, time));
            QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
            registry.flush();
            view.viewport()->repaint();
            if (tick > 0)
                QCOMPARE(changed.size(), 1);
        }
        QCOMPARE(model.rowCount(), Clients);
        QCOMPARE(proxy.index(0, ClientTableModel::ProgressColumn)
                     .data(ClientTableModel::ProgressRole)
                     .toInt(),
            99);
    }

    void flaggedRowsAreColouredAndSayWhatToCheck()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(registry.applyStatus(
            macOf(1), status(1, ClientState::Booting, 100, now.addSecs(-200))));
        QVERIFY(registry.applyStatus(macOf(2), status(2, ClientState::Menu, 0, now.addSecs(-200))));
        registry.checkAlerts(now);
        registry.flush();
        const QString reason = registry.client(macOf(1))->alert.reason;
        QVERIFY(reason.contains(QStringLiteral("never reported booted")));
        QCOMPARE(model.index(0, ClientTableModel::AlertColumn).data().toString(), reason);
        QCOMPARE(model.index(0, ClientTableModel::MacColumn)
                     .data(ClientTableModel::AlertLevelRole)
                     .toInt(),
            int(AlertLevel::Amber));
        QCOMPARE(
            model.index(0, ClientTableModel::MacColumn).data(Qt::BackgroundRole).value<QColor>(),
            ClientTableModel::alertColor(AlertLevel::Amber, QGuiApplication::palette()));
        QVERIFY(model.index(0, ClientTableModel::OsColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(reason));
        // The state keeps its own colour; a healthy row has none.
        QCOMPARE(
            model.index(0, ClientTableModel::StateColumn).data(Qt::BackgroundRole).value<QColor>(),
            ClientTableModel::stateColor(ClientState::Booting));
        QVERIFY(!model.index(1, ClientTableModel::MacColumn).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, ClientTableModel::AlertColumn).data().toString(), QString());
    }

    void alertColoursKeepTextReadableInLightAndDarkThemes()
    {
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x2b, 0x2b, 0x2b));
        for (AlertLevel level : { AlertLevel::Amber, AlertLevel::Red }) {
            QVERIFY(ClientTableModel::alertColor(level, light).lightness() > 150);
            QVERIFY(ClientTableModel::alertColor(level, dark).lightness() < 110);
        }
        QVERIFY(ClientTableModel::alertColor(AlertLevel::Amber, dark)
            != ClientTableModel::alertColor(AlertLevel::Red, dark));
        QVERIFY(!ClientTableModel::alertColor(AlertLevel::None, dark).isValid());
    }

    void showsTheTimeLeftWhileDownloading()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        ClientTableModel model(&feed.mirror);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        ClientStatus downloading = status(1, ClientState::Downloading, 40, now);
        downloading.downloadRate = 1024 * 1024; // 60 MiB left
        QVERIFY(registry.applyStatus(macOf(1), downloading));
        registry.checkAlerts(now);
        registry.flush();
        QCOMPARE(
            model.index(0, ClientTableModel::EtaColumn).data().toString(), QStringLiteral("1:00"));
        QCOMPARE(model.index(0, ClientTableModel::EtaColumn)
                     .data(ClientTableModel::SortRole)
                     .toLongLong(),
            60);
        QCOMPARE(ClientTableModel::etaText(45), QStringLiteral("45 s"));
        QCOMPARE(ClientTableModel::etaText(185), QStringLiteral("3:05"));
        QCOMPARE(ClientTableModel::etaText(3723), QStringLiteral("1:02:03"));
        QCOMPARE(ClientTableModel::etaText(-1), QString());
    }
};

QTEST_MAIN(TestClientTableModel)
#include "tst_clienttablemodel.moc"
