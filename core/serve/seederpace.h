#pragma once

#include "swarmsnapshot.h"

#include <QObject>
#include <QString>

#include <optional>

namespace bt {

class Aria2Rpc;

// How fast the host's aria2 seeder sends while the web seed serves too.
//
// The web seed sends each chunk once, never-sent chunks first; the seeder
// picks pieces by its own rules. Beside many clients a seeder at full speed
// sent pieces the web seed had sent as well (bench/lab, 16 clients: the host
// sent 1.3-1.5 times the image; 1.1 with the seeder at 256 KiB/s), so while
// two or more clients download it only trickles. One client alone has nobody
// to get a repeat from and nothing to trade, and its web seed connection
// does not fill the link by itself (aria2: one piece per request; 1.19 x S/B
// with the trickle, 1.05 without): then the seeder sends at full speed.
//
// The seeder starts trickling (aria2.conf), so a room that comes up at once
// is not flooded before the first look at the swarm. A pace is asked of
// aria2 when it changes, one request at a time.
class SeederPace : public QObject
{
    Q_OBJECT
public:
    enum class Pace { Trickle, Full };

    static constexpr qint64 TrickleBytesPerSecond = 256 * 1024;

    explicit SeederPace(Aria2Rpc *rpc, QObject *parent = nullptr);

    Pace pace() const { return m_pace; }
    // Looks at one snapshot of the swarm and asks aria2 for the pace it calls for.
    void apply(const SwarmSnapshot &snapshot);

    // The pace for what the seeder sees now: Full while exactly one client
    // address downloads (is connected and not a seeder) in all torrents,
    // Trickle while two or more do; nothing while none does, so the pace
    // stays as it is between clients.
    static std::optional<Pace> paceFor(const SwarmSnapshot &snapshot);
    static int downloadingClients(const SwarmSnapshot &snapshot);
    // The value of aria2's max-overall-upload-limit for a pace, in bytes/s (0: none).
    static QString aria2Limit(Pace pace);

Q_SIGNALS:
    // aria2 took the new pace; `downloading` clients were seen.
    void paced(bt::SeederPace::Pace pace, int downloading);
    // aria2 refused or did not answer; `message` is one sentence.
    void failed(const QString &message);

private:
    Aria2Rpc *m_rpc;
    Pace m_pace = Pace::Trickle;
    bool m_asking = false;
};

} // namespace bt
