// The boot wave table as a wave grows, changes and starts over, with the
// model tester watching every insert, reset and change.
#include <serve/wavereport.h>
#include <ui/wavereporttablemodel.h>

#include "../helpers/waverecords.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace bt;
using namespace bt::test;

namespace {

WaveReport report(const QList<ClientRecord> &records)
{
    return WaveReport::fromRecords(
        records, kWaveT0, [](const QString &mac) { return QStringLiteral("pc-") + mac.right(2); });
}

} // namespace

class TestWaveReportTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsAWaveUnderTheModelTester()
    {
        WaveReportTableModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        const QString first = QStringLiteral("52:54:00:18:00:01");
        const QString second = QStringLiteral("52:54:00:18:00:02");
        const ClientRecord leased
            = waveRecord(second, { { ClientState::Discovered, 1 }, { ClientState::Leased, 2 } });
        model.setReport(report({ bootedRecord(first, 0) }));
        QCOMPARE(model.rowCount(), 1);
        model.setReport(report({ bootedRecord(first, 0), leased }));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, WaveReportTableModel::BootedColumn).data().toString(),
            QStringLiteral("–"));
        QCOMPARE(model.index(1, WaveReportTableModel::BootedColumn)
                     .data(WaveReportTableModel::SortRole)
                     .toLongLong(),
            qint64(-1));

        // The same machines further on: their rows change in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.setReport(report({ bootedRecord(first, 0), bootedRecord(second, 1, 130) }));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(1, WaveReportTableModel::NameColumn).data().toString(),
            QStringLiteral("pc-02"));
        QCOMPARE(model.index(1, WaveReportTableModel::BootedColumn)
                     .data(WaveReportTableModel::SortRole)
                     .toLongLong(),
            qint64(129000));

        // A new wave starts empty.
        model.setReport(WaveReport());
        QCOMPARE(model.rowCount(), 0);
        model.setReport(report({ leased }));
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(TestWaveReportTableModel)
#include "tst_wavereporttablemodel.moc"
