#include "throughputchart.h"

#include "serve/servemirror.h"
#include "serve/swarmtotals.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QValueAxis>

namespace bt {

ThroughputChart::ThroughputChart(ServeMirror *mirror, QWidget *parent)
    : QChartView(parent)
    , m_mirror(mirror)
    , m_host(new QLineSeries)
    , m_peers(new QLineSeries)
    , m_timeAxis(new QDateTimeAxis)
    , m_rateAxis(new QValueAxis)
{
    setObjectName(QStringLiteral("throughputChart"));
    m_host->setName(tr("Host upload"));
    m_peers->setName(tr("Peer-to-peer"));
    m_host->setColor(QColor(0x1e, 0x88, 0xe5));
    m_peers->setColor(QColor(0x43, 0xa0, 0x47));
    auto *chart = new QChart;
    chart->addSeries(m_host);
    chart->addSeries(m_peers);
    m_timeAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_timeAxis->setTickCount(5);
    m_rateAxis->setTitleText(tr("MiB/s"));
    m_rateAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_rateAxis->setRange(0, 1);
    const QDateTime now = QDateTime::currentDateTime();
    m_timeAxis->setRange(now.addSecs(-60), now);
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_rateAxis, Qt::AlignLeft);
    for (QLineSeries *series : { m_host, m_peers }) {
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_rateAxis);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitle(tr("Throughput"));
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    connect(m_mirror, &ServeMirror::swarmChanged, this, &ThroughputChart::onSwarmChanged);
}

void ThroughputChart::onSwarmChanged()
{
    const SwarmTotals swarm = m_mirror->swarm();
    addSample(swarm.time.isValid() ? swarm.time : QDateTime::currentDateTime(), swarm.uploadRate,
        swarm.peerDelivered);
}

void ThroughputChart::addSample(const QDateTime &time, qint64 hostUploadRate, qint64 peerDelivered)
{
    // Peer-to-peer throughput is the growth of what peers delivered.
    double peerRate = 0;
    if (m_lastTime.isValid() && m_lastPeerDelivered >= 0 && time > m_lastTime)
        peerRate = double(std::max<qint64>(0, peerDelivered - m_lastPeerDelivered)) * 1000.0
            / double(m_lastTime.msecsTo(time));
    if (m_lastTime.isValid() && time <= m_lastTime)
        return;
    m_lastTime = time;
    m_lastPeerDelivered = peerDelivered;

    const qreal x = qreal(time.toMSecsSinceEpoch());
    // MiB/s, the unit the clients table shows rates in.
    const double hostMb = double(hostUploadRate) / 1048576.0;
    const double peerMb = peerRate / 1048576.0;
    m_host->append(x, hostMb);
    m_peers->append(x, peerMb);
    const qreal oldest = qreal(time.addSecs(-WindowSeconds).toMSecsSinceEpoch());
    while (m_host->count() > 0 && m_host->at(0).x() < oldest)
        m_host->remove(0);
    while (m_peers->count() > 0 && m_peers->at(0).x() < oldest)
        m_peers->remove(0);
    m_maxRate = 0;
    for (QLineSeries *series : { m_host, m_peers }) {
        for (const QPointF &point : series->points())
            m_maxRate = std::max(m_maxRate, point.y());
    }
    m_rateAxis->setRange(0, std::max(1.0, m_maxRate * 1.15));
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(m_host->at(0).x()));
    m_timeAxis->setRange(std::min(first, time.addSecs(-60)), time);
}

} // namespace bt
