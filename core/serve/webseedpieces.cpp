#include "webseedpieces.h"

#include <algorithm>
#include <limits>

namespace bt {

void WebSeedPieces::setTorrents(const QHash<QString, int> &piecesByTorrent)
{
    m_torrents.clear();
    for (auto it = piecesByTorrent.cbegin(); it != piecesByTorrent.cend(); ++it) {
        if (it.value() > 0) {
            Torrent &torrent = m_torrents[it.key()];
            torrent.sent.assign(std::size_t(it.value()), 0);
            torrent.sending.assign(std::size_t(it.value()), 0);
            // Long before any clock reading: never queued, never handed out.
            const qint64 never = std::numeric_limits<qint64>::min() / 2;
            torrent.queuedMs.assign(std::size_t(it.value()), never);
            torrent.handedMs.assign(std::size_t(it.value()), never);
        }
    }
}

WebSeedPieces::Handout WebSeedPieces::take(
    const QString &name, const QByteArray &have, int count, qint64 nowMs, bool fresh)
{
    Handout handout;
    const auto found = m_torrents.find(name);
    if (found == m_torrents.end())
        return handout;
    Torrent &torrent = *found;
    const int pieces = int(torrent.sent.size());
    if (have.size() != (pieces + 7) / 8 || count <= 0)
        return handout;
    if (torrent.lastMs >= 0 && nowMs - torrent.lastMs >= m_waveGapMs)
        std::fill(torrent.sent.begin(), torrent.sent.end(), 0);
    const auto lacks = [this, &have, &torrent, nowMs](int piece) {
        return (quint8(have[piece / 8]) & (0x80 >> (piece % 8))) == 0
            && !onItsWay(torrent, std::size_t(piece), nowMs);
    };
    const int floor = fresh ? 0 : 1; // the least count a piece handed out may have
    for (int round = 0; round < count; ++round) {
        // The least count among the pieces lacked, then the first piece with
        // it from the cursor on.
        int least = std::numeric_limits<int>::max();
        for (int piece = 0; piece < pieces && least > floor; ++piece) {
            const int sent = torrent.sent[std::size_t(piece)];
            if (sent >= floor && lacks(piece) && !handout.pieces.contains(piece))
                least = std::min(least, sent);
        }
        if (least == std::numeric_limits<int>::max())
            break;
        for (int step = 0; step < pieces; ++step) {
            const int piece = (torrent.cursor + step) % pieces;
            if (torrent.sent[std::size_t(piece)] != least || !lacks(piece)
                || handout.pieces.contains(piece))
                continue;
            if (least > 0)
                ++handout.repeats;
            std::uint16_t &sent = torrent.sent[std::size_t(piece)];
            sent = std::uint16_t(std::min<int>(sent + 1, 0xffff));
            std::uint16_t &sending = torrent.sending[std::size_t(piece)];
            sending = std::uint16_t(std::min<int>(sending + 1, 0xffff));
            torrent.handedMs[std::size_t(piece)] = nowMs;
            handout.pieces.append(piece);
            torrent.cursor = (piece + 1) % pieces;
            break;
        }
    }
    if (!handout.pieces.isEmpty())
        torrent.lastMs = nowMs;
    std::sort(handout.pieces.begin(), handout.pieces.end());
    return handout;
}

void WebSeedPieces::done(const QString &name, const QList<int> &pieces, qint64 nowMs)
{
    const auto found = m_torrents.find(name);
    if (found == m_torrents.end())
        return;
    for (const int piece : pieces) {
        if (piece >= 0 && std::size_t(piece) < found->sending.size()
            && found->sending[std::size_t(piece)] > 0) {
            --found->sending[std::size_t(piece)];
            found->queuedMs[std::size_t(piece)] = nowMs;
        }
    }
}

int WebSeedPieces::countFor(const QString &name, const QString &client, int most, qint64 nowMs)
{
    const auto found = m_torrents.find(name);
    if (found == m_torrents.end() || most <= 1)
        return std::max(most, 1);
    asking(*found, client, nowMs);
    return std::max(1, most / int(found->askers.size()));
}

WebSeedPieces::Asker &WebSeedPieces::asking(Torrent &torrent, const QString &client, qint64 nowMs)
{
    for (auto it = torrent.askers.begin(); it != torrent.askers.end();) {
        if (nowMs - it->lastMs >= AskingWindowMs)
            it = torrent.askers.erase(it);
        else
            ++it;
    }
    Asker &asker = torrent.askers[client];
    asker.lastMs = nowMs;
    return asker;
}

void WebSeedPieces::noteHeld(const QString &name, const QString &client, int held, qint64 nowMs)
{
    const auto found = m_torrents.find(name);
    if (found == m_torrents.end() || held < 0)
        return;
    Asker &pace = asking(*found, client, nowMs);
    if (pace.sinceMs < 0 || held < pace.sinceHeld) {
        // Its first count, or fewer pieces than before (a new wave, a restarted client).
        pace = Asker { nowMs, nowMs, held };
    } else if (nowMs - pace.sinceMs >= PaceSpanMs) {
        pace.perSecond = (held - pace.sinceHeld) * 1000.0 / double(nowMs - pace.sinceMs);
        pace.sinceMs = nowMs;
        pace.sinceHeld = held;
    }
}

bool WebSeedPieces::keepsUp(const QString &name, const QString &client, qint64 nowMs) const
{
    const auto found = m_torrents.constFind(name);
    if (found == m_torrents.constEnd())
        return true;
    const auto own = found->askers.constFind(client);
    if (own == found->askers.constEnd() || own->perSecond < 0)
        return true;
    std::vector<double> paces;
    for (const Asker &asker : found->askers) {
        if (asker.perSecond >= 0 && nowMs - asker.lastMs < AskingWindowMs)
            paces.push_back(asker.perSecond);
    }
    if (int(paces.size()) < PacesJudged)
        return true;
    const auto middle = paces.begin() + std::ptrdiff_t(paces.size() / 2);
    std::nth_element(paces.begin(), middle, paces.end());
    return own->perSecond * SlowShare >= *middle;
}

int WebSeedPieces::onTheirWay(const QString &name, qint64 nowMs) const
{
    const auto found = m_torrents.constFind(name);
    if (found == m_torrents.constEnd())
        return 0;
    int count = 0;
    for (std::size_t piece = 0; piece < found->sending.size(); ++piece)
        count += onItsWay(*found, piece, nowMs) ? 1 : 0;
    return count;
}

bool WebSeedPieces::onItsWay(const Torrent &torrent, std::size_t piece, qint64 nowMs) const
{
    return (torrent.sending[piece] > 0 && nowMs - torrent.handedMs[piece] < m_holdMs)
        || nowMs - torrent.queuedMs[piece] < m_arrivalMs;
}

qint64 WebSeedPieces::memoryBytes() const
{
    qint64 bytes = 0;
    for (const Torrent &torrent : m_torrents)
        bytes += qint64((torrent.sent.size() + torrent.sending.size()) * sizeof(std::uint16_t)
                     + (torrent.queuedMs.size() + torrent.handedMs.size()) * sizeof(qint64))
            + qint64(torrent.askers.size()) * qint64(64 + sizeof(Asker)) + qint64(sizeof(Torrent));
    return bytes;
}

} // namespace bt
