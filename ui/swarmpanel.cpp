#include "swarmpanel.h"

#include "clienttablemodel.h"
#include "serve/servemirror.h"
#include "serve/swarmtotals.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>

namespace bt {

SwarmPanel::SwarmPanel(ServeMirror *mirror, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
{
    auto *form = new QFormLayout(this);
    m_peers = value(QStringLiteral("swarmPeers"));
    m_seeds = value(QStringLiteral("swarmSeeds"));
    m_uploadRate = value(QStringLiteral("swarmUploadRate"));
    m_hostUploaded = value(QStringLiteral("swarmHostUploaded"));
    m_peerDelivered = value(QStringLiteral("swarmPeerDelivered"));
    m_tracker = value(QStringLiteral("swarmTracker"));
    m_tracker->setToolTip(tr("Peers that announced themselves to the tracker: seeders hold a whole "
                             "OS, downloading ones are still fetching it; completed counts the "
                             "downloads finished since the tracker started"));
    m_share = new QProgressBar;
    m_share->setObjectName(QStringLiteral("swarmShare"));
    m_share->setRange(0, 1000);
    m_share->setToolTip(
        tr("Share of the delivered bytes that clients sent each other instead of the host"));
    form->addRow(tr("Peers:"), m_peers);
    form->addRow(tr("Seeds:"), m_seeds);
    form->addRow(tr("Host upload:"), m_uploadRate);
    form->addRow(tr("Sent by the host:"), m_hostUploaded);
    form->addRow(tr("Delivered peer-to-peer:"), m_peerDelivered);
    form->addRow(tr("Peer-to-peer share:"), m_share);
    form->addRow(tr("Tracker:"), m_tracker);
    connect(m_mirror, &ServeMirror::swarmChanged, this, &SwarmPanel::refresh);
    refresh();
}

QLabel *SwarmPanel::value(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void SwarmPanel::refresh()
{
    const SwarmTotals swarm = m_mirror->swarm();
    int peers = 0;
    int seeds = 0;
    int trackerSeeders = 0;
    int trackerLeechers = 0;
    int trackerCompleted = 0;
    qint64 webSeedUploaded = 0;
    for (const TorrentTotals &torrent : swarm.torrents) {
        peers += torrent.peers;
        seeds += torrent.seeds;
        trackerSeeders += torrent.trackerSeeders;
        trackerLeechers += torrent.trackerLeechers;
        trackerCompleted += torrent.trackerCompleted;
        webSeedUploaded += torrent.webSeedUploaded;
    }
    const QLocale locale;
    m_peers->setText(QString::number(peers));
    m_seeds->setText(QString::number(seeds));
    const QString rate = ClientTableModel::rateText(swarm.uploadRate);
    m_uploadRate->setText(rate.isEmpty() ? tr("idle") : rate);
    m_hostUploaded->setText(webSeedUploaded > 0
            ? tr("%1 (%2 of it over HTTP)")
                  .arg(locale.formattedDataSize(swarm.hostUploaded),
                      locale.formattedDataSize(webSeedUploaded))
            : locale.formattedDataSize(swarm.hostUploaded));
    m_peerDelivered->setText(tr("%1 of %2 delivered")
                                 .arg(locale.formattedDataSize(swarm.peerDelivered),
                                     locale.formattedDataSize(swarm.delivered)));
    m_share->setValue(int(swarm.p2pShare * 1000));
    m_share->setFormat(tr("%1 %").arg(locale.toString(swarm.p2pShare * 100, 'f', 1)));
    const QStringList tracker { tr("%n seeder(s)", nullptr, trackerSeeders),
        tr("%n downloading", nullptr, trackerLeechers),
        tr("%n completed", nullptr, trackerCompleted) };
    m_tracker->setText(
        swarm.trackerTime.isValid() ? tracker.join(QStringLiteral(", ")) : tr("not monitored"));
}

} // namespace bt
