#pragma once

#include <QChartView>
#include <QDateTime>

class QLineSeries;
class QDateTimeAxis;
class QValueAxis;

namespace bt {

class ServeMirror;

// Host upload and peer-to-peer throughput over the last minutes: the
// picture that shows the host is not the bottleneck.
class ThroughputChart : public QChartView
{
    Q_OBJECT
public:
    static constexpr int WindowSeconds = 600;

    explicit ThroughputChart(ServeMirror *mirror, QWidget *parent = nullptr);

    // One sample: host upload rate and bytes delivered peer-to-peer so far.
    void addSample(const QDateTime &time, qint64 hostUploadRate, qint64 peerDelivered);

private:
    void onSwarmChanged();

    ServeMirror *m_mirror;
    QLineSeries *m_host;
    QLineSeries *m_peers;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_rateAxis;
    QDateTime m_lastTime;
    qint64 m_lastPeerDelivered = -1;
    double m_maxRate = 0;
};

} // namespace bt
