// The OS list as entries come, change, become the default and go (and come
// back through undo), with the model tester watching every reset and change.
#include "ui/environmentdocument.h"
#include "ui/oslistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace bt;

namespace {

OsConfig program(const QString &name, const QString &dispname)
{
    OsConfig os;
    os.name = name;
    os.dispname = dispname;
    os.method = BootMethod::Bin;
    os.bin = QStringLiteral("run");
    return os;
}

} // namespace

class TestOsListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheDocumentUnderTheModelTester()
    {
        QTemporaryDir dir;
        QVERIFY(Environment::init(dir.path()).isEmpty());
        Result<Environment> read = Environment::read(dir.path());
        QVERIFY(read.ok());
        EnvironmentDocument document(read.value());
        OsListModel model(&document);
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        Environment env = document.environment();
        env.setOs(program(QStringLiteral("memtest"), QStringLiteral("Memtest")));
        document.edit(env, QStringLiteral("add memtest"));
        env.setOs(program(QStringLiteral("tools"), QStringLiteral("Tools")));
        document.edit(env, QStringLiteral("add tools"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.nameAt(model.rowOf(QStringLiteral("tools"))), QStringLiteral("tools"));

        // Same entries, other values: the rows change in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        env.setOs(program(QStringLiteral("tools"), QStringLiteral("Lab tools")));
        BootSettings boot = env.boot();
        boot.defaultOs = QStringLiteral("tools");
        env.setBoot(boot);
        document.edit(env, QStringLiteral("rename and default"));
        QCOMPARE(reset.size(), 0);
        QVERIFY(changed.size() >= 1);
        const int tools = model.rowOf(QStringLiteral("tools"));
        QCOMPARE(model.index(tools, OsListModel::DisplayNameColumn).data().toString(),
            QStringLiteral("Lab tools"));
        QVERIFY(!model.index(tools, OsListModel::DefaultColumn).data().toString().isEmpty());

        // An entry goes, and comes back through undo.
        env.removeOs(QStringLiteral("memtest"));
        document.edit(env, QStringLiteral("remove memtest"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(QStringLiteral("memtest")), -1);
        document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.rowOf(QStringLiteral("memtest")) >= 0);
        while (document.undoStack()->canUndo())
            document.undoStack()->undo();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestOsListModel)
#include "tst_oslistmodel.moc"
