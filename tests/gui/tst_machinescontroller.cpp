#include "ui/machinedialog.h"
#include "ui/machinescontroller.h"

#include "../testfiles.h"
#include "serve/servemirror.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace bt;
using bttest::readFile;
using bttest::writeFile;

namespace {

const QStringList oss { QStringLiteral("debian"), QStringLiteral("freedos") };

} // namespace

class TestMachinesController : public QObject
{
    Q_OBJECT

private:
    // A controller on the test's environment, as the window makes it.
    struct Fixture
    {
        QWidget window;
        ServeMirror mirror;
        MachinesController controller { &window, &mirror };
        explicit Fixture(const QString &dir)
        {
            controller.setDialogsEnabled(false);
            controller.setEnvironment(dir, oss);
        }
    };

    QTemporaryDir m_dir;
    QString book() const { return m_dir.filePath(QStringLiteral("machines.yaml")); }

    // Runs one of the controller's changes and waits for its end.
    static QString finish(MachinesController &controller, const std::function<void()> &action)
    {
        QSignalSpy finished(&controller, &MachinesController::finished);
        action();
        if (finished.isEmpty() && !finished.wait(10000))
            return QStringLiteral("no end within 10 s");
        return finished.constFirst().constFirst().toString();
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(book());
        writeFile(book(),
            "machines:\n  - {mac: \"52:54:00:aa:00:01\", hostname: lab1, last_seen: "
            "\"2026-11-30T10:00:00Z\", colour: blue}\n");
    }

    void importSetsUpTheRoom()
    {
        Fixture fixture(m_dir.path());
        MachinesController &controller = fixture.controller;
        const QString csv = m_dir.filePath(QStringLiteral("room.csv"));
        writeFile(
            csv, "mac,name,default_os\n52:54:00:aa:00:01,pc-01,debian\n52:54:00:aa:00:02,pc-02,\n");
        QCOMPARE(finish(controller, [&] { controller.importCsv(csv); }), QString());
        const auto loaded = MachineBook::load(book(), oss);
        QVERIFY2(loaded.ok(), qPrintable(toString(loaded.problems())));
        QCOMPARE(loaded->machines().size(), 2);
        QCOMPARE(loaded->machines().at(0).name, QStringLiteral("pc-01"));
        QCOMPARE(loaded->machines().at(0).defaultOs, QStringLiteral("debian"));
        QCOMPARE(loaded->machines().at(0).hostname, QStringLiteral("lab1")); // serve's stays
        QVERIFY(readFile(book()).contains("colour: blue"));

        // Exported, it reads back as the same room.
        const QString out = m_dir.filePath(QStringLiteral("export.csv"));
        QCOMPARE(finish(controller, [&] { controller.exportCsv(out); }), QString());
        QCOMPARE(readFile(out),
            QByteArray(
                "mac,name,default_os\n52:54:00:aa:00:01,pc-01,debian\n52:54:00:aa:00:02,pc-02,\n"));
    }

    void badCsvChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("says");
        QTest::newRow("bad mac") << QByteArray("mac,name\nnope,pc\n") << "room.csv: line 2:";
        QTest::newRow("unknown os")
            << QByteArray("52:54:00:aa:00:03,pc,windows\n") << "\"windows\" is not an OS";
        QTest::newRow("same name") << QByteArray("52:54:00:aa:00:03,PC\n52:54:00:aa:00:04,pc\n")
                                   << "give each machine its own name";
    }

    void badCsvChangesNothing()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, says);
        Fixture fixture(m_dir.path());
        MachinesController &controller = fixture.controller;
        const QByteArray before = readFile(book());
        const QString file = m_dir.filePath(QStringLiteral("room.csv"));
        writeFile(file, csv);
        const QString error = finish(controller, [&] { controller.importCsv(file); });
        QVERIFY2(error.contains(says), qPrintable(error));
        QCOMPARE(readFile(book()), before);
    }

    void editNamesAMachineAndSetsItsNextBoot()
    {
        Fixture fixture(m_dir.path());
        MachinesController &controller = fixture.controller;
        const auto loaded = MachineBook::load(book(), oss);
        QVERIFY(loaded.ok());
        KnownMachine other;
        other.mac = QStringLiteral("52:54:00:aa:00:02");
        other.name = QStringLiteral("taken");
        MachineBook withOther = loaded.value();
        withOther.put(other);

        MachineDialog dialog(*loaded->find(QStringLiteral("52:54:00:aa:00:01")), withOther, oss);
        QCOMPARE(dialog.nameEdit()->placeholderText(), QStringLiteral("lab1"));
        dialog.nameEdit()->setText(QStringLiteral("TAKEN"));
        QVERIFY(dialog.problemLabel()->isVisibleTo(&dialog));
        QVERIFY2(dialog.problemLabel()->text().contains(QStringLiteral("own name")),
            qPrintable(dialog.problemLabel()->text()));
        dialog.nameEdit()->setText(QStringLiteral("front-left"));
        QVERIFY(!dialog.problemLabel()->isVisibleTo(&dialog));
        dialog.nextBootBox()->setCurrentIndex(
            dialog.nextBootBox()->findData(QStringLiteral("freedos")));
        dialog.timeoutBox()->setValue(5);
        const KnownMachine edited = dialog.machine();
        QCOMPARE(edited.nextBoot, QStringLiteral("freedos"));
        QCOMPARE(edited.timeout, std::optional<int>(5));
        QVERIFY(edited.defaultOs.isEmpty());

        QCOMPARE(finish(controller, [&] { controller.editMachine(edited); }), QString());
        const auto saved = MachineBook::load(book(), oss);
        QVERIFY(saved.ok());
        const KnownMachine *machine = saved->find(QStringLiteral("52:54:00:aa:00:01"));
        QVERIFY(machine);
        QCOMPARE(machine->name, QStringLiteral("front-left"));
        QCOMPARE(machine->nextBoot, QStringLiteral("freedos"));
        QCOMPARE(machine->hostname, QStringLiteral("lab1"));
        QVERIFY(machine->lastSeen.isValid());
    }

    void powerOnNeedsAServe()
    {
        QWidget window;
        ServeMirror mirror;
        MachinesController controller(&window, &mirror);
        controller.setEnvironment(m_dir.path(), oss);
        QVERIFY(!controller.powerOnSelectedAction()->isEnabled());
        controller.setEnvironment({}, {});
        QVERIFY(controller.selectedMacs().isEmpty());
    }
};

QTEST_MAIN(TestMachinesController)
#include "tst_machinescontroller.moc"
