#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;

namespace bt {

class ServeMirror;

// The swarm at a glance: peers, seeds, what the host uploaded against what
// the clients delivered to each other, the peer-to-peer share, and what the
// tracker counts across the whole lab.
class SwarmPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SwarmPanel(ServeMirror *mirror, QWidget *parent = nullptr);

private:
    void refresh();
    QLabel *value(const QString &objectName);

    ServeMirror *m_mirror;
    QLabel *m_peers;
    QLabel *m_seeds;
    QLabel *m_hostUploaded;
    QLabel *m_peerDelivered;
    QLabel *m_uploadRate;
    QLabel *m_tracker;
    QProgressBar *m_share;
};

} // namespace bt
