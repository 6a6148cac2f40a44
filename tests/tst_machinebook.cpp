#include <environment/machinebook.h>

#include "testfiles.h"

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace bt;
using bttest::readFile;
using bttest::writeFile;

namespace {

const QStringList oss { QStringLiteral("debian"), QStringLiteral("freedos") };

} // namespace

class TestMachineBook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        const auto book = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY(book.ok());
        QVERIFY(book->machines().isEmpty());
        QVERIFY(book->clientSection().isEmpty());
    }

    void readsWhatAPersonWrote()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("machines.yaml")),
            "room: B12 # a key of the admin's own\n"
            "machines:\n"
            "  - {mac: 52-54-00-AA-00-01, name: pc-01, default_os: debian, colour: blue}\n"
            "  - mac: \"52:54:00:aa:00:02\"\n"
            "    name: \"Teacher's desk\"\n"
            "    timeout: 5\n"
            "    next_boot: freedos\n"
            "    last_seen: 2026-11-30T10:00:00Z\n");
        const auto book = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY2(book.ok(), qPrintable(toString(book.problems())));
        QCOMPARE(book->machines().size(), 2);
        const KnownMachine first = book->machines().at(0);
        QCOMPARE(first.mac, QStringLiteral("52:54:00:aa:00:01"));
        QCOMPARE(first.name, QStringLiteral("pc-01"));
        QCOMPARE(first.defaultOs, QStringLiteral("debian"));
        QVERIFY(!first.timeout);
        const KnownMachine second = book->machines().at(1);
        QCOMPARE(second.timeout, std::optional<int>(5));
        QCOMPARE(second.nextBoot, QStringLiteral("freedos"));
        QCOMPARE(second.lastSeen, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(book->findByNameOrMac(QStringLiteral("TEACHER'S DESK"))->mac, second.mac);
        QCOMPARE(book->findByNameOrMac(QStringLiteral("52:54:00:AA:00:01"))->name, first.name);
        QVERIFY(!book->findByNameOrMac(QStringLiteral("pc-02")));
    }

    void keepsUnknownKeysAndRoundTrips()
    {
        QTemporaryDir dir;
        writeFile(dir.filePath(QStringLiteral("machines.yaml")),
            "room: B12\nmachines:\n  - {mac: \"52:54:00:aa:00:01\", colour: blue, name: pc-01}\n");
        auto book = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY(book.ok());
        KnownMachine added;
        added.mac = QStringLiteral("12:34:56:78:90:12");
        added.hostname = QStringLiteral("debian");
        added.lastSeen = QDateTime(QDate(2026, 11, 30), QTime(9, 1, 2), Qt::UTC);
        book->put(added);
        QVERIFY(book->save(dir.filePath(QStringLiteral("machines.yaml"))).isEmpty());
        const QByteArray text = readFile(dir.filePath(QStringLiteral("machines.yaml")));
        QVERIFY2(text.contains("room: B12"), text.constData());
        QVERIFY2(text.contains("colour: blue"), text.constData());
        // A MAC of digits only stays text for every YAML reader.
        QVERIFY2(text.contains("\"12:34:56:78:90:12\""), text.constData());
        const auto again = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY2(again.ok(), qPrintable(toString(again.problems())));
        QCOMPARE(again->machines(), book->machines());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("keyPath");
        QTest::newRow("not a list") << QByteArray("machines: {a: b}\n") << "machines";
        QTest::newRow("bad mac") << QByteArray("machines:\n  - {mac: 52:54:00:zz:00:01}\n")
                                 << "machines[1].mac";
        QTest::newRow("twice") << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\"}\n"
                                             "  - {mac: 52-54-00-AA-00-01}\n")
                               << "machines[2].mac";
        QTest::newRow("unknown os")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", default_os: windows}\n")
            << "machines[52:54:00:aa:00:01].default_os";
        QTest::newRow("unknown next boot")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", next_boot: windows}\n")
            << "machines[52:54:00:aa:00:01].next_boot";
        QTest::newRow("timeout") << QByteArray(
            "machines:\n  - {mac: \"52:54:00:aa:00:01\", timeout: 90000}\n")
                                 << "machines[52:54:00:aa:00:01].timeout";
        QTest::newRow("timeout text")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", timeout: soon}\n")
            << "machines[52:54:00:aa:00:01].timeout";
        QTest::newRow("same name")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", name: PC}\n"
                          "  - {mac: \"52:54:00:aa:00:02\", name: pc}\n")
            << "machines[52:54:00:aa:00:02].name";
        QTest::newRow("name reads as mac") << QByteArray(
            "machines:\n  - {mac: \"52:54:00:aa:00:01\", name: \"52:54:00:aa:00:02\"}\n")
                                           << "machines[52:54:00:aa:00:01].name";
        QTest::newRow("control character")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", name: \"a\\x1b[2Jb\"}\n")
            << "machines[52:54:00:aa:00:01].name";
        QTest::newRow("long name")
            << QByteArray("machines:\n  - {mac: \"52:54:00:aa:00:01\", name: ")
                + QByteArray(64, 'x') + "}\n"
            << "machines[52:54:00:aa:00:01].name";
        QTest::newRow("bad date") << QByteArray(
            "machines:\n  - {mac: \"52:54:00:aa:00:01\", last_seen: yesterday}\n")
                                  << "machines[52:54:00:aa:00:01].last_seen";
        QByteArray many("machines:\n");
        for (int i = 0; i <= MachineBook::MaxMachines; ++i)
            many += QStringLiteral("  - {mac: \"02:00:00:00:%1:%2\"}\n")
                        .arg(i / 256, 2, 16, QLatin1Char('0'))
                        .arg(i % 256, 2, 16, QLatin1Char('0'))
                        .toLatin1();
        QTest::newRow("too many") << many << "machines";
    }

    void refusesBadInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, keyPath);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("machines.yaml"));
        writeFile(path, text);
        const auto book = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY(!book.ok());
        const Problem first = book.problems().constFirst();
        QCOMPARE(first.file, QStringLiteral("machines.yaml"));
        QCOMPARE(first.keyPath, keyPath);
        QVERIFY(!first.message.isEmpty());
        // update() writes nothing over a file with a problem.
        const Problems problems = MachineBook::update(
            dir.filePath(QStringLiteral("machines.yaml")), oss, [](MachineBook &) { return true; });
        QVERIFY(!problems.isEmpty());
        QCOMPARE(readFile(path), text);
    }

    void updateKeepsAnotherWritersChange()
    {
        QTemporaryDir dir;
        const auto add = [&](const QString &mac) {
            return MachineBook::update(
                dir.filePath(QStringLiteral("machines.yaml")), oss, [&](MachineBook &book) {
                    KnownMachine machine;
                    machine.mac = mac;
                    book.put(machine);
                    return true;
                });
        };
        QVERIFY(add(QStringLiteral("52:54:00:aa:00:01")).isEmpty());
        QVERIFY(add(QStringLiteral("52:54:00:aa:00:02")).isEmpty());
        QVERIFY(MachineBook::update(
            dir.filePath(QStringLiteral("machines.yaml")), oss, [](MachineBook &) {
                return false;
            }).isEmpty());
        const auto book = MachineBook::load(dir.filePath(QStringLiteral("machines.yaml")), oss);
        QVERIFY(book.ok());
        QCOMPARE(book->machines().size(), 2);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral(".machines.yaml.lock"))));
    }

    void savedAsRootStaysTheOwners()
    {
        if (::geteuid() != 0)
            QSKIP("needs root to hand the file over");
        QTemporaryDir dir;
        QVERIFY(::chown(QFile::encodeName(dir.path()).constData(), 4712, 4712) == 0);
        KnownMachine machine;
        machine.mac = QStringLiteral("52:54:00:aa:00:01");
        MachineBook book;
        book.put(machine);
        QVERIFY(book.save(dir.filePath(QStringLiteral("machines.yaml"))).isEmpty());
        struct stat info
        {
        };
        QCOMPARE(
            ::stat(QFile::encodeName(dir.filePath(QStringLiteral("machines.yaml"))).constData(),
                &info),
            0);
        QCOMPARE(info.st_uid, uid_t(4712));
        QCOMPARE(info.st_gid, gid_t(4712));
    }

    void csvImportAndExport()
    {
        const QByteArray csv = "\xef\xbb\xbfmac,name,default_os\r\n"
                               "52:54:00:aa:00:01,pc-01,debian\r\n"
                               "# a comment\r\n"
                               "52-54-00-aa-00-02,\"Desk, front\",\r\n"
                               "\r\n"
                               "52:54:00:aa:00:03\r\n";
        const auto rows = MachineBook::parseCsv(csv, QStringLiteral("room.csv"));
        QVERIFY2(rows.ok(), qPrintable(toString(rows.problems())));
        QCOMPARE(rows->size(), 3);
        QCOMPARE(rows->at(1).name, QStringLiteral("Desk, front"));
        QCOMPARE(rows->at(1).mac, QStringLiteral("52:54:00:aa:00:02"));
        MachineBook book;
        KnownMachine seen;
        seen.mac = QStringLiteral("52:54:00:aa:00:01");
        seen.hostname = QStringLiteral("old");
        seen.lastSeen = QDateTime::currentDateTimeUtc();
        book.put(seen);
        book.import(rows.value());
        QCOMPARE(book.machines().size(), 3);
        QCOMPARE(book.machines().at(0).hostname, QStringLiteral("old")); // kept
        QCOMPARE(book.machines().at(0).name, QStringLiteral("pc-01"));
        QVERIFY(book.validate(oss).isEmpty());
        QCOMPARE(book.toCsv(),
            QByteArray("mac,name,default_os\n52:54:00:aa:00:01,pc-01,debian\n"
                       "52:54:00:aa:00:02,\"Desk, front\",\n52:54:00:aa:00:03,,\n"));
        const auto back = MachineBook::parseCsv(book.toCsv(), QStringLiteral("x.csv"));
        QVERIFY(back.ok());
        QCOMPARE(back->size(), 3);
    }

    void csvRefusesBadLines_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("bad mac") << QByteArray("mac,name\nnot-a-mac,pc\n") << "line 2";
        QTest::newRow("four fields") << QByteArray("52:54:00:aa:00:01,a,b,c\n") << "line 1";
        QTest::newRow("open quote") << QByteArray("52:54:00:aa:00:01,\"pc\n") << "line 1";
        QTest::newRow("twice") << QByteArray("52:54:00:aa:00:01,a\n52:54:00:AA:00:01,b\n")
                               << "line 2";
        QTest::newRow("control") << QByteArray("52:54:00:aa:00:01,a\x07\n") << "line 1";
    }

    void csvRefusesBadLines()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        const auto rows = MachineBook::parseCsv(csv, QStringLiteral("room.csv"));
        QVERIFY(!rows.ok());
        QCOMPARE(rows.problems().constFirst().file, QStringLiteral("room.csv"));
        QCOMPARE(rows.problems().constFirst().keyPath, where);
    }

    void clientSectionNamesOnlyMachinesWithChoices()
    {
        MachineBook book;
        KnownMachine plain;
        plain.mac = QStringLiteral("52:54:00:aa:00:01");
        plain.lastSeen = QDateTime::currentDateTimeUtc();
        KnownMachine chosen;
        chosen.mac = QStringLiteral("12:34:56:78:90:12");
        chosen.name = QStringLiteral("pc-02");
        chosen.defaultOs = QStringLiteral("debian");
        chosen.timeout = 0;
        chosen.nextBoot = QStringLiteral("freedos");
        book.put(plain);
        book.put(chosen);
        const YAML::Node root = YAML::Load(book.clientSection().toStdString());
        const YAML::Node machines = root["machines"];
        QVERIFY(machines.IsMap());
        QCOMPARE(int(machines.size()), 1);
        const YAML::Node entry = machines["12:34:56:78:90:12"];
        QVERIFY(entry.IsMap());
        QCOMPARE(entry["name"].as<std::string>(), std::string("pc-02"));
        QCOMPARE(entry["default_os"].as<std::string>(), std::string("debian"));
        QCOMPARE(entry["timeout"].as<int>(), 0);
        QCOMPARE(entry["next_boot"].as<std::string>(), std::string("freedos"));
        QVERIFY(book.clientSection().contains("\"12:34:56:78:90:12\""));
    }
};

QTEST_GUILESS_MAIN(TestMachineBook)
#include "tst_machinebook.moc"
