// The web seed's fresh-first marks: which chunks went out in this wave, when
// a round or a wave starts over, and what they cost in memory.

#include "serve/webseedschedule.h"

#include <QTest>

using namespace bt;

namespace {

constexpr qint64 kChunk = WebSeedSchedule::ChunkBytes;
const QString kDemo = QStringLiteral("demo");
const QString kImage = QStringLiteral("os.img");
const QString kConfig = QStringLiteral("boot/config.txt");

WebSeedSchedule demoSchedule()
{
    WebSeedSchedule schedule;
    schedule.setTorrents({ { kDemo, { kImage, kConfig } } });
    return schedule;
}

} // namespace

class TestWebSeedSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksWholeChunksOnly()
    {
        WebSeedSchedule schedule = demoSchedule();
        const int image = schedule.begin(kDemo, kImage, 10 * kChunk + 100, 0);
        QVERIFY(image >= 0);
        QVERIFY(!schedule.isSent(image, 0));
        schedule.markSent(image, 0, kChunk, 1);
        QVERIFY(schedule.isSent(image, 0));
        QVERIFY(schedule.isSent(image, kChunk - 1));
        QVERIFY(!schedule.isSent(image, kChunk));
        // Half a chunk is not the chunk: its other half was never sent.
        schedule.markSent(image, 2 * kChunk + 10, kChunk - 10, 2);
        QVERIFY(!schedule.isSent(image, 2 * kChunk + 10));
        schedule.markSent(image, 3 * kChunk, kChunk / 2, 3);
        QVERIFY(!schedule.isSent(image, 3 * kChunk));
        // The short last chunk counts once it is sent to the file's end.
        schedule.markSent(image, 10 * kChunk, 100, 4);
        QVERIFY(schedule.isSent(image, 10 * kChunk + 99));
        // Beyond the file, or for a file no torrent lists: never sent.
        QVERIFY(!schedule.isSent(image, 11 * kChunk));
        QCOMPARE(schedule.begin(kDemo, QStringLiteral("other.img"), 100, 5), -1);
        QCOMPARE(schedule.begin(QStringLiteral("other"), kImage, 100, 5), -1);
        QVERIFY(!schedule.isSent(-1, 0));
    }

    void startsTheNextRoundOnceEveryChunkWentOut()
    {
        WebSeedSchedule schedule = demoSchedule();
        const int image = schedule.begin(kDemo, kImage, 4 * kChunk, 0);
        const int config = schedule.begin(kDemo, kConfig, 15, 0);
        QCOMPARE(schedule.rounds(kDemo), 1);
        schedule.markSent(image, 0, 4 * kChunk, 1);
        QVERIFY(schedule.isSent(image, 3 * kChunk));
        // The image is out, the config is not: still the first round.
        QCOMPARE(schedule.rounds(kDemo), 1);
        schedule.markSent(config, 0, 15, 2);
        // Every chunk went out once: a second copy starts from none sent, so
        // the least-sent chunks still go first.
        QCOMPARE(schedule.rounds(kDemo), 2);
        QVERIFY(!schedule.isSent(image, 0));
        QVERIFY(!schedule.isSent(config, 0));
    }

    void aRoundWaitsForFilesNeverAsked()
    {
        // Until a file of the torrent is asked for, its size is unknown and
        // the round is not over.
        WebSeedSchedule schedule = demoSchedule();
        const int image = schedule.begin(kDemo, kImage, 2 * kChunk, 0);
        schedule.markSent(image, 0, 2 * kChunk, 1);
        QCOMPARE(schedule.rounds(kDemo), 1);
        QVERIFY(schedule.isSent(image, kChunk));
    }

    void aPauseStartsANewWave()
    {
        WebSeedSchedule schedule = demoSchedule();
        schedule.setWaveGap(5000);
        const int image = schedule.begin(kDemo, kImage, 8 * kChunk, 0);
        schedule.markSent(image, 0, 4 * kChunk, 1000);
        // Within the gap the marks hold, and each send keeps the wave going.
        QCOMPARE(schedule.begin(kDemo, kImage, 8 * kChunk, 5000), image);
        QVERIFY(schedule.isSent(image, 0));
        schedule.markSent(image, 4 * kChunk, kChunk, 9000);
        QCOMPARE(schedule.begin(kDemo, kImage, 8 * kChunk, 13999), image);
        QVERIFY(schedule.isSent(image, 0));
        QCOMPARE(schedule.rounds(kDemo), 1);
        // The next boot wave needs every chunk again: none counts as sent.
        QCOMPARE(schedule.begin(kDemo, kImage, 8 * kChunk, 19000), image);
        QCOMPARE(schedule.rounds(kDemo), 2);
        QVERIFY(!schedule.isSent(image, 0));
        QVERIFY(!schedule.isSent(image, 4 * kChunk));
    }

    void wavesAreCountedPerTorrent()
    {
        WebSeedSchedule schedule;
        schedule.setTorrents({ { kDemo, { kImage } }, { QStringLiteral("other"), { kImage } } });
        schedule.setWaveGap(1000);
        const int demo = schedule.begin(kDemo, kImage, 4 * kChunk, 0);
        const int other = schedule.begin(QStringLiteral("other"), kImage, 4 * kChunk, 0);
        QVERIFY(demo != other);
        schedule.markSent(demo, 0, kChunk, 0);
        schedule.markSent(other, 0, kChunk, 0);
        // Only the other torrent keeps going.
        schedule.markSent(other, kChunk, kChunk, 900);
        schedule.begin(QStringLiteral("other"), kImage, 4 * kChunk, 1800);
        QVERIFY(schedule.isSent(other, 0));
        schedule.begin(kDemo, kImage, 4 * kChunk, 1800);
        QVERIFY(!schedule.isSent(demo, 0));
    }

    void aFileThatChangedSizeStartsOver()
    {
        WebSeedSchedule schedule = demoSchedule();
        int image = schedule.begin(kDemo, kImage, 4 * kChunk, 0);
        schedule.markSent(image, 0, 2 * kChunk, 0);
        image = schedule.begin(kDemo, kImage, 6 * kChunk, 10);
        QVERIFY(!schedule.isSent(image, 0));
        // The round still ends when the new size has gone out (and the config).
        schedule.markSent(image, 0, 6 * kChunk, 20);
        const int config = schedule.begin(kDemo, kConfig, 15, 30);
        schedule.markSent(config, 0, 15, 30);
        QCOMPARE(schedule.rounds(kDemo), 2);
    }

    void takesOneBitPerChunk()
    {
        // A 4 GiB image: 131072 chunks, 16 KiB of marks, however it is asked.
        WebSeedSchedule schedule = demoSchedule();
        const qint64 size = qint64(4) << 30;
        const int image = schedule.begin(kDemo, kImage, size, 0);
        const qint64 bound = size / kChunk / 8 + 4096; // plus names and counters
        QVERIFY2(
            schedule.memoryBytes() <= bound, qPrintable(QString::number(schedule.memoryBytes())));
        for (qint64 offset = 0; offset < size; offset += 7 * kChunk + 123)
            schedule.markSent(image, offset, 3 * kChunk, 1);
        schedule.markSent(image, -5, 100, 1);
        schedule.markSent(image, size - 10, size, 1);
        QVERIFY(!schedule.isSent(image, -1));
        QVERIFY2(
            schedule.memoryBytes() <= bound, qPrintable(QString::number(schedule.memoryBytes())));
        QVERIFY(schedule.memoryBytes() >= size / kChunk / 8);
    }
};

QTEST_GUILESS_MAIN(TestWebSeedSchedule)
#include "tst_webseedschedule.moc"
