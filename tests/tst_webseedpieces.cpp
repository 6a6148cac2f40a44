// The web seed's handing out of whole pieces: each piece once before any twice,
// never one the client holds nor one on its way to another client, a new wave
// after a gap, and wrong bitfields refused.

#include "serve/webseedpieces.h"

#include <QTest>

#include <algorithm>

using namespace bt;

namespace {

const QString kDemo = QStringLiteral("demo");

// A handout whose response went out whole.
WebSeedPieces::Handout sent(WebSeedPieces &pieces, const QString &torrent, const QByteArray &have,
    int count, qint64 nowMs, bool fresh = true)
{
    WebSeedPieces::Handout handout = pieces.take(torrent, have, count, nowMs, fresh);
    pieces.done(torrent, handout.pieces, nowMs - WebSeedPieces::DefaultArrivalMs);
    return handout;
}

// A bitfield of `pieces` with the given pieces set.
QByteArray bitfield(int pieces, const QList<int> &held = {})
{
    QByteArray bits((pieces + 7) / 8, '\0');
    for (const int piece : held)
        bits[piece / 8] = char(quint8(bits[piece / 8]) | (0x80 >> (piece % 8)));
    return bits;
}

// Each of `clients` says it holds `held` pieces of kDemo at `nowMs`.
void noteAllHeld(WebSeedPieces &pieces, const QStringList &clients, int held, qint64 nowMs)
{
    for (const QString &client : clients)
        pieces.noteHeld(kDemo, client, held, nowMs);
}

} // namespace

class TestWebSeedPieces : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPieceOnceBeforeAnyTwice()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 10 } });
        QList<int> handed;
        for (int request = 0; request < 5; ++request) {
            const WebSeedPieces::Handout handout = sent(pieces, kDemo, bitfield(10), 2, request);
            QCOMPARE(handout.pieces.size(), 2);
            QCOMPARE(handout.repeats, 0);
            handed += handout.pieces;
        }
        std::sort(handed.begin(), handed.end());
        QCOMPARE(handed, QList<int>({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        // All ten went out once: the next are repeats, least sent first.
        const WebSeedPieces::Handout again = sent(pieces, kDemo, bitfield(10), 3, 6);
        QCOMPARE(again.pieces.size(), 3);
        QCOMPARE(again.repeats, 3);
    }

    void neverAPieceTheClientHolds()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 12 } });
        // The client holds (or its peers hold) everything but 3 and 11.
        QList<int> held;
        for (int piece = 0; piece < 12; ++piece) {
            if (piece != 3 && piece != 11)
                held << piece;
        }
        const WebSeedPieces::Handout first = sent(pieces, kDemo, bitfield(12, held), 4, 0);
        QCOMPARE(first.pieces, QList<int>({ 3, 11 }));
        // Both went out; another client lacking only 3 gets it again, as a repeat.
        held << 11;
        const WebSeedPieces::Handout second = sent(pieces, kDemo, bitfield(12, held), 4, 1);
        QCOMPARE(second.pieces, QList<int>({ 3 }));
        QCOMPARE(second.repeats, 1);
        // A client holding everything gets nothing.
        held << 3;
        QVERIFY(pieces.take(kDemo, bitfield(12, held), 4, 2).pieces.isEmpty());
    }

    void leastSentFirstAfterARound()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 4 } });
        for (int piece = 0; piece < 4; ++piece)
            QCOMPARE(sent(pieces, kDemo, bitfield(4), 1, 0).pieces.size(), 1);
        // Piece 2 goes out a second time; a client holding 0 and 1 then gets 3 (sent once),
        // not 2 (sent twice).
        QCOMPARE(sent(pieces, kDemo, bitfield(4, { 0, 1, 3 }), 1, 1).pieces, QList<int>({ 2 }));
        QCOMPARE(sent(pieces, kDemo, bitfield(4, { 0, 1 }), 1, 2).pieces, QList<int>({ 3 }));
    }

    void aPieceOnItsWayIsNotHandedAgain()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 3 } });
        const WebSeedPieces::Handout first = pieces.take(kDemo, bitfield(3), 2, 0);
        QCOMPARE(first.pieces, QList<int>({ 0, 1 }));
        QCOMPARE(pieces.onTheirWay(kDemo, 0), 2);
        // Another client lacking everything gets the one piece not on its way, then nothing
        // while 0 and 1 still go out.
        const WebSeedPieces::Handout second = pieces.take(kDemo, bitfield(3), 2, 1);
        QCOMPARE(second.pieces, QList<int>({ 2 }));
        pieces.done(kDemo, second.pieces, 1);
        QVERIFY(pieces.take(kDemo, bitfield(3, { 2 }), 2, 2).pieces.isEmpty());
        // Queued whole at 100 ms, they are still on their way for the arrival pause.
        pieces.done(kDemo, first.pieces, 100);
        const qint64 arrived = 100 + WebSeedPieces::DefaultArrivalMs;
        QCOMPARE(pieces.onTheirWay(kDemo, arrived - 1), 2);
        QVERIFY(pieces.take(kDemo, bitfield(3, { 2 }), 2, arrived - 1).pieces.isEmpty());
        // Then a client whose peers do not have them gets them as repeats.
        QCOMPARE(pieces.onTheirWay(kDemo, arrived), 0);
        const WebSeedPieces::Handout third = pieces.take(kDemo, bitfield(3, { 2 }), 2, arrived);
        QCOMPARE(third.pieces, QList<int>({ 0, 1 }));
        QCOMPARE(third.repeats, 2);
        // done() of pieces never handed out, or of another torrent, changes nothing.
        pieces.done(kDemo, { 2, 7, -1 }, arrived);
        pieces.done(QStringLiteral("other"), { 0 }, arrived);
        QCOMPARE(pieces.onTheirWay(kDemo, arrived + 1), 2);
    }

    void aStalledClientHoldsAPieceForTheHoldOnly()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 1 } });
        QCOMPARE(pieces.take(kDemo, bitfield(1), 1, 0).pieces, QList<int>({ 0 }));
        // Its response never ends (the client stopped reading).
        const qint64 hold = WebSeedPieces::DefaultHoldMs;
        QVERIFY(pieces.take(kDemo, bitfield(1), 1, hold - 1).pieces.isEmpty());
        QCOMPARE(pieces.onTheirWay(kDemo, hold - 1), 1);
        const WebSeedPieces::Handout again = pieces.take(kDemo, bitfield(1), 1, hold);
        QCOMPARE(again.pieces, QList<int>({ 0 }));
        QCOMPARE(again.repeats, 1);
    }

    void aNewWaveAfterTheGap()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 2 } });
        pieces.setWaveGap(1000);
        QCOMPARE(sent(pieces, kDemo, bitfield(2), 2, 0).repeats, 0);
        QCOMPARE(sent(pieces, kDemo, bitfield(2), 2, 500).repeats, 2); // same wave
        QCOMPARE(sent(pieces, kDemo, bitfield(2), 2, 1600).repeats, 0); // 1.1 s quiet: a new wave
    }

    void refusesWhatItCannotServe()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 9 } });
        QVERIFY(pieces.take(kDemo, bitfield(8), 1, 0).pieces.isEmpty()); // 1 byte for 9 pieces
        QVERIFY(pieces.take(kDemo, QByteArray(3, '\0'), 1, 0).pieces.isEmpty());
        QVERIFY(pieces.take(QStringLiteral("other"), bitfield(9), 1, 0).pieces.isEmpty());
        QVERIFY(pieces.take(kDemo, bitfield(9), 0, 0).pieces.isEmpty());
        QCOMPARE(pieces.take(kDemo, bitfield(9), 1, 0).pieces.size(), 1);
    }

    void fewerPiecesAnAnswerTheMoreClientsAsk()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 64 } });
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.11"), 8, 0), 8);
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.11"), 8, 100),
            8); // the same client again
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.12"), 8, 200), 4);
        for (int client = 13; client < 30; ++client)
            pieces.countFor(kDemo, QStringLiteral("198.18.0.%1").arg(client), 8, 300);
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.11"), 8, 400), 1); // never none
        // Clients that stopped asking no longer count.
        const qint64 later = 300 + WebSeedPieces::AskingWindowMs;
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.12"), 8, later),
            4); // .11 and .12 are left
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.12"), 8,
                     later + WebSeedPieces::AskingWindowMs),
            8);
        // A torrent not served by piece, or one piece at most, is handed what was asked.
        QCOMPARE(pieces.countFor(QStringLiteral("other"), QStringLiteral("198.18.0.11"), 8, 0), 8);
        QCOMPARE(pieces.countFor(kDemo, QStringLiteral("198.18.0.11"), 1, 0), 1);
    }

    // One client on a tenth of the link gains pieces at a tenth of the others' pace: a piece
    // the host never sent would wait on it, so it is handed repeats only.
    void aClientFarSlowerThanTheRoomGetsNoFreshPiece()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 400 } });
        const QStringList fast { QStringLiteral("198.18.0.11"), QStringLiteral("198.18.0.12"),
            QStringLiteral("198.18.0.13") };
        const QString slow = QStringLiteral("198.18.0.14");
        noteAllHeld(pieces, fast + QStringList { slow }, 0, 0);
        // Before a whole span nobody has a pace, so nobody is slow.
        pieces.noteHeld(kDemo, slow, 5, 500);
        QVERIFY(pieces.keepsUp(kDemo, slow, 500));
        noteAllHeld(pieces, fast, 100, WebSeedPieces::PaceSpanMs);
        pieces.noteHeld(kDemo, slow, 10, WebSeedPieces::PaceSpanMs);
        QVERIFY(!pieces.keepsUp(kDemo, slow, WebSeedPieces::PaceSpanMs));
        for (const QString &client : fast)
            QVERIFY(pieces.keepsUp(kDemo, client, WebSeedPieces::PaceSpanMs));

        // Nothing went out yet: the slow client gets nothing, a fast one fresh pieces.
        const qint64 now = WebSeedPieces::PaceSpanMs;
        QVERIFY(sent(pieces, kDemo, bitfield(400), 4, now, false).pieces.isEmpty());
        QCOMPARE(sent(pieces, kDemo, bitfield(400), 4, now).pieces, QList<int>({ 0, 1, 2, 3 }));
        // Once sent (and arrived), those are what the slow client may have, as repeats.
        const WebSeedPieces::Handout repeats = sent(pieces, kDemo, bitfield(400), 8, now, false);
        QCOMPARE(repeats.pieces, QList<int>({ 0, 1, 2, 3 }));
        QCOMPARE(repeats.repeats, 4);
    }

    // The first client to start holds what the room wants and waits for
    // newer pieces: it gains a fifth of the others' pace while its link is
    // idle, and is not the slow client the rule is for.
    void aClientWaitingForNewerPiecesKeepsUp()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 400 } });
        const QStringList others { QStringLiteral("198.18.0.12"), QStringLiteral("198.18.0.13"),
            QStringLiteral("198.18.0.14") };
        const QString first = QStringLiteral("198.18.0.11");
        const qint64 now = WebSeedPieces::PaceSpanMs;
        noteAllHeld(pieces, others, 0, 0);
        pieces.noteHeld(kDemo, first, 50, 0);
        noteAllHeld(pieces, others, 100, now);
        pieces.noteHeld(kDemo, first, 70, now);
        QVERIFY(pieces.keepsUp(kDemo, first, now));
        // Fresh pieces, as the web seed asks for them (WebSeedServer).
        QCOMPARE(
            sent(pieces, kDemo, bitfield(400), 2, now, pieces.keepsUp(kDemo, first, now)).pieces,
            QList<int>({ 0, 1 }));
    }

    void aPaceIsJudgedOnlyAmongEnoughClients()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 400 } });
        const qint64 span = WebSeedPieces::PaceSpanMs;
        // Two clients, one far slower: too few to call a room's pace.
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.11"), 0, 0);
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.12"), 0, 0);
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.11"), 200, span);
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.12"), 2, span);
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.12"), span));
        // A third client, as slow as the second: the median is theirs, so both keep up.
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.13"), 0, 0);
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.13"), 3, span);
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.12"), span));
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.13"), span));
        // A client that never said what it holds (no held=), or a torrent not served, keeps up.
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.99"), span));
        QVERIFY(pieces.keepsUp(QStringLiteral("other"), QStringLiteral("198.18.0.12"), span));
        // Holding fewer than before (a new wave, a restarted client) starts its pace anew.
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.11"), 0, span + 10);
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.11"), span + 10));
        // Clients that stopped asking no longer count.
        const qint64 later = span + WebSeedPieces::AskingWindowMs;
        pieces.noteHeld(kDemo, QStringLiteral("198.18.0.14"), 0, later);
        QVERIFY(pieces.keepsUp(kDemo, QStringLiteral("198.18.0.12"), later));
    }

    void memoryIsTwentyBytesAPiece()
    {
        WebSeedPieces pieces;
        pieces.setTorrents({ { kDemo, 16384 } });
        QVERIFY(pieces.memoryBytes() >= 20 * 16384);
        QVERIFY(pieces.memoryBytes() < 20 * 16384 + 1024);
    }
};

QTEST_GUILESS_MAIN(TestWebSeedPieces)
#include "tst_webseedpieces.moc"
