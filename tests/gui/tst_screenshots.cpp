#include "ui/clienttablemodel.h"
#include "ui/dashboardpanel.h"
#include "ui/environmentdocument.h"
#include "ui/environmenteditor.h"
#include "ui/mainwindow.h"
#include "ui/oslistmodel.h"
#include "ui/oslistview.h"
#include "ui/ospanel.h"
#include "ui/recentenvironments.h"
#include "ui/throughputchart.h"
#include "ui/welcomepage.h"

#include "mirrorfeed.h"
#include "serve/clientstatus.h"
#include "serve/swarmsnapshot.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace bt;

// The main views as the lab administrator sees them, rendered by the real
// X11 platform under xvfb-run: each view's parts are there, shown, of a
// usable size and side by side rather than on top of each other, and the
// picture shows them (not one flat colour). The pictures are kept in
// <build>/screenshots for a person to look at.
class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    QString m_outDir;

    static QString nameOf(const QWidget *widget)
    {
        return widget->objectName().isEmpty()
            ? QString::fromLatin1(widget->metaObject()->className())
            : widget->objectName();
    }

    static QRect rectIn(const QWidget *top, const QWidget *part)
    {
        return QRect(part->mapTo(top, QPoint(0, 0)), part->size());
    }

    // Every part is shown inside `top` at a usable size; no two parts
    // overlap unless one holds the other.
    static void checkLayout(const QWidget *top, const QList<QWidget *> &parts)
    {
        for (const QWidget *part : parts) {
            QVERIFY2(part, "a part of the view is missing");
            QVERIFY2(
                part->isVisibleTo(top), qPrintable(nameOf(part) + QStringLiteral(" is hidden")));
            const QRect rect = rectIn(top, part);
            QVERIFY2(rect.width() >= 40 && rect.height() >= 16,
                qPrintable(QStringLiteral("%1 is only %2x%3")
                               .arg(nameOf(part))
                               .arg(rect.width())
                               .arg(rect.height())));
            QVERIFY2(top->rect().contains(rect),
                qPrintable(nameOf(part) + QStringLiteral(" reaches outside the view")));
        }
        for (qsizetype i = 0; i < parts.size(); ++i) {
            for (qsizetype j = i + 1; j < parts.size(); ++j) {
                if (parts[i]->isAncestorOf(parts[j]) || parts[j]->isAncestorOf(parts[i]))
                    continue;
                QVERIFY2(!rectIn(top, parts[i]).intersects(rectIn(top, parts[j])),
                    qPrintable(nameOf(parts[i]) + QStringLiteral(" overlaps ") + nameOf(parts[j])));
            }
        }
    }

    // Distinct colours in `area` of the picture, and the share of its most
    // common colour.
    static std::pair<qsizetype, double> colours(const QImage &image, const QRect &area)
    {
        QHash<QRgb, qsizetype> counts;
        const QRect inside = area.intersected(image.rect());
        for (int y = inside.top(); y <= inside.bottom(); ++y) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = inside.left(); x <= inside.right(); ++x)
                ++counts[line[x]];
        }
        qsizetype most = 0;
        for (qsizetype count : std::as_const(counts))
            most = std::max(most, count);
        const qsizetype total = qsizetype(inside.width()) * inside.height();
        return { counts.size(), total ? double(most) / double(total) : 1.0 };
    }

    // Grabs `top`, checks that the picture shows something where each part
    // is (text and lines draw several colours, an empty or unpainted area
    // one), and keeps it as <build>/screenshots/<name>.png.
    void save(QWidget *top, const QString &name, const QList<QWidget *> &parts)
    {
        checkLayout(top, parts);
        if (QTest::currentTestFailed())
            return;
        // grab() paints at once; only pending layout requests need handling first.
        QApplication::processEvents();
        const QPixmap picture = top->grab();
        QVERIFY(!picture.isNull());
        const QImage image = picture.toImage().convertToFormat(QImage::Format_RGB32);
        const qreal scale = picture.devicePixelRatio();
        const auto [all, flattest] = colours(image, image.rect());
        QVERIFY2(all > 32, qPrintable(QStringLiteral("%1: %2 colours in all").arg(name).arg(all)));
        QVERIFY2(flattest < 0.95,
            qPrintable(QStringLiteral("%1: one colour covers %2 %")
                           .arg(name)
                           .arg(flattest * 100, 0, 'f', 1)));
        for (const QWidget *part : parts) {
            const QRect rect = rectIn(top, part);
            const QRect area(rect.topLeft() * scale, rect.size() * scale);
            const auto [count, share] = colours(image, area);
            QVERIFY2(count >= 3 && share < 0.99,
                qPrintable(
                    QStringLiteral("%1: %2 shows %3 colours").arg(name, nameOf(part)).arg(count)));
        }
        const QString path = m_outDir + u'/' + name + QStringLiteral(".png");
        QVERIFY2(picture.save(path), qPrintable(path));
    }

    static QString makeFile(const QString &path, qint64 size, bool executable = false)
    {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(size))
            qFatal("cannot write %s", qPrintable(path));
        if (executable)
            file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("BootTorrentScreenshots"));
        const QString binary = qEnvironmentVariable("BT_BINARY_DIR", QDir::currentPath());
        m_outDir = binary + QStringLiteral("/screenshots");
        QVERIFY(QDir().mkpath(m_outDir));
    }

    void welcomePage()
    {
        QTemporaryDir a, b;
        QVERIFY(Environment::init(a.path()).isEmpty());
        QVERIFY(Environment::init(b.path()).isEmpty());
        RecentEnvironments::add(a.path());
        RecentEnvironments::add(b.path());
        RecentEnvironments::add(QStringLiteral("/srv/boottorrent/old-lab"));
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QListView *recent = window.welcomePage()->recentView();
        QTRY_VERIFY(recent->model()->rowCount() >= 2);
        save(&window, QStringLiteral("welcome"),
            { window.findChild<QWidget *>(QStringLiteral("welcomeNew")),
                window.findChild<QWidget *>(QStringLiteral("welcomeOpen")), recent });
    }

    void environmentEditor()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1100, 780);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.newEnvironment(dir.filePath(QStringLiteral("physics-lab"))));
        auto *start = window.editor()->findChild<QLineEdit *>(QStringLiteral("rangeStart"));
        start->setFocus();
        start->selectAll();
        QTest::keyClicks(start, QStringLiteral("192.168.7.50"));
        QCOMPARE(start->text(), QStringLiteral("192.168.7.50"));
        save(&window, QStringLiteral("editor"),
            { window.findChild<QWidget *>(QStringLiteral("mainToolBar")),
                window.findChild<QWidget *>(QStringLiteral("workspaceTabs")), window.editor(),
                start });
    }

    void osList()
    {
        QTemporaryDir dir;
        QTemporaryDir source;
        MainWindow window;
        window.setDialogsEnabled(false);
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.newEnvironment(dir.filePath(QStringLiteral("physics-lab"))));
        window.findChild<QTabWidget *>(QStringLiteral("workspaceTabs"))
            ->setCurrentWidget(window.osPanel());
        QSignalSpy copied(window.osPanel(), &OsPanel::copyFinished);
        window.osPanel()->addPaths(
            { makeFile(source.filePath(QStringLiteral("vmlinuz-6.1.0-13-amd64")), 8 << 20),
                makeFile(source.filePath(QStringLiteral("initrd.img-6.1.0-13-amd64")), 30 << 20),
                makeFile(source.filePath(QStringLiteral("freedos.img")), 1474560),
                makeFile(source.filePath(QStringLiteral("ubuntu-24.04-desktop.iso")), 64 << 20),
                makeFile(source.filePath(QStringLiteral("memtest")), 4096, true),
                makeFile(source.filePath(QStringLiteral("notes.txt")), 10) });
        QVERIFY(copied.wait(60000));
        window.osPanel()->select(QStringLiteral("linux-6.1.0-13-amd64"));
        QVERIFY(window.osPanel()->model()->rowCount() >= 3);
        save(&window, QStringLiteral("oslist"),
            { window.findChild<QWidget *>(QStringLiteral("mainToolBar")), window.osPanel(),
                window.osPanel()->view(),
                window.osPanel()->findChild<QWidget *>(QStringLiteral("dispname")) });
    }

    void busyDashboard()
    {
        MirrorFeed feed;
        ClientRegistry &registry = feed.registry;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QList<ClientState> states { ClientState::Downloading, ClientState::Downloading,
            ClientState::Sharing, ClientState::Booted, ClientState::Menu, ClientState::Downloading,
            ClientState::Booting, ClientState::Failed, ClientState::Phase1Up,
            ClientState::Downloading };
        for (int n = 0; n < 48; ++n) {
            ClientStatus status;
            status.state = states.at(n % states.size());
            status.os = n % 3 ? QStringLiteral("debian") : QStringLiteral("freedos");
            switch (status.state) {
            case ClientState::Downloading:
                status.progress = (n * 37) % 100;
                break;
            case ClientState::Menu:
            case ClientState::Phase1Up:
                status.progress = 0;
                break;
            case ClientState::Failed:
                status.progress = 42;
                break;
            default:
                status.progress = 100;
            }
            status.downloadRate
                = status.state == ClientState::Downloading ? 2'000'000 + n * 150'000 : 0;
            status.completedBytes = qint64(status.progress) * 20'000'000;
            status.totalBytes = 2'000'000'000;
            status.message = status.state == ClientState::Failed
                ? QStringLiteral("kexec: no memory for the initrd")
                : QString();
            status.ip = QStringLiteral("198.18.0.%1").arg(100 + n);
            status.time = now.addSecs(-(n % 7));
            // A room of mixed machines: old BIOS PCs, UEFI, UEFI with Secure Boot.
            static const QStringList firmwares { QStringLiteral("uefi-secureboot"),
                QStringLiteral("uefi"), QStringLiteral("uefi-secureboot"), QStringLiteral("bios") };
            status.firmware = firmwares.at(n % firmwares.size());
            QVERIFY(registry.applyStatus(
                QStringLiteral("52:54:00:12:34:%1").arg(n, 2, 16, QLatin1Char('0')), status));
        }
        SwarmSnapshot snapshot;
        snapshot.time = now;
        snapshot.uploadRate = 11'800'000;
        SwarmTorrent torrent;
        torrent.infoHash = QStringLiteral("0123456789abcdef0123456789abcdef01234567");
        torrent.name = QStringLiteral("debian");
        torrent.totalLength = 2'000'000'000;
        torrent.hostCompleted = torrent.totalLength;
        torrent.uploadRate = snapshot.uploadRate;
        torrent.hostUploaded = 9'500'000'000;
        torrent.connections = 31;
        torrent.seeds = 9;
        for (int n = 0; n < 31; ++n) {
            SwarmPeer peer;
            peer.ip = QStringLiteral("198.18.0.%1").arg(100 + n);
            peer.port = 6881;
            peer.seeder = n < 9;
            peer.completedBytes = peer.seeder ? torrent.totalLength : torrent.totalLength / 3;
            torrent.peers << peer;
        }
        snapshot.torrents << torrent;
        registry.applySwarm(snapshot);
        registry.flush();

        DashboardPanel dashboard(&feed.mirror);
        dashboard.resize(1100, 760);
        // Two minutes of a lab warming up: the host's share falls while the
        // clients take over.
        qint64 delivered = 0;
        for (int s = 0; s < 120; ++s) {
            const double phase = s / 120.0;
            delivered += qint64(38e6 * phase * (1.0 + 0.08 * ((s * 7) % 5 - 2) / 2.0));
            dashboard.chart()->addSample(now.addSecs(s - 120).toLocalTime(),
                qint64(11.8e6 * (0.45 + 0.55 * (1 - phase))), delivered);
        }
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.model()->rowCount(), 48);
        save(&dashboard, QStringLiteral("dashboard"),
            { dashboard.view(), dashboard.chart(),
                dashboard.findChild<QWidget *>(QStringLiteral("clientSearch")),
                dashboard.findChild<QWidget *>(QStringLiteral("clientSummary")) });
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
