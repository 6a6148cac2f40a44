#include "wakeonlan.h"

#include "environment/macaddress.h"
#include "magicpacket.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkInterface>
#include <QUdpSocket>

#include <algorithm>

namespace bt {

WakeOnLan::WakeOnLan(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(20);
    connect(&m_timer, &QTimer::timeout, this, &WakeOnLan::tick);
}

WakeOnLan::~WakeOnLan() = default;

std::optional<WakeOnLan::Options> WakeOnLan::optionsFor(const Environment &env, QString *error)
{
    const QString name = env.dnsmasq().interface;
    const QHostAddress host(env.boot().hostIp);
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(name);
    if (!interface.isValid()) {
        *error = QCoreApplication::translate(
            "bt::WakeOnLan", "there is no interface %1 (dnsmasq.interface) on this machine")
                     .arg(name);
        return std::nullopt;
    }
    for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
        if (entry.ip() != host)
            continue;
        if (entry.broadcast().isNull()) {
            *error
                = QCoreApplication::translate("bt::WakeOnLan", "%1 on %2 has no broadcast address")
                      .arg(host.toString(), name);
            return std::nullopt;
        }
        Options options;
        options.source = host;
        options.broadcast = entry.broadcast();
        options.perSecond = env.boot().wakePerSecond;
        return options;
    }
    *error = QCoreApplication::translate(
        "bt::WakeOnLan", "%1 (dnsmasq.interface) does not carry %2 (boottorrent.host_ip)")
                 .arg(name, host.toString());
    return std::nullopt;
}

void WakeOnLan::start(const QStringList &macs, const Options &options)
{
    m_options = options;
    m_queue.clear();
    m_error.clear();
    m_socket = std::make_unique<QUdpSocket>();
    QString failure;
    if (!m_socket->bind(options.source, 0))
        failure = m_socket->errorString();
    if (!failure.isEmpty()) {
        const QString error
            = QCoreApplication::translate("bt::WakeOnLan", "cannot send from %1: %2")
                  .arg(options.source.toString(), failure);
        QTimer::singleShot(0, this, [this, error] { Q_EMIT finished(error); });
        return;
    }
    QStringList seen;
    const int spacingMs = 1000 / std::max(1, options.perSecond);
    for (const QString &mac : macs) {
        const QByteArray packet = MagicPacket::forMac(mac);
        const QString normalized = normalizedMac(mac).value_or(QString());
        if (packet.isEmpty() || seen.contains(normalized))
            continue;
        const qint64 start = qint64(seen.size()) * spacingMs;
        seen << normalized;
        for (int r = 0; r < std::max(1, options.repeats); ++r)
            m_queue.append(
                { start + r * 100, normalized, packet, r == std::max(1, options.repeats) - 1 });
    }
    std::stable_sort(m_queue.begin(), m_queue.end(),
        [](const Send &a, const Send &b) { return a.dueMs < b.dueMs; });
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    m_timer.start();
    tick();
}

void WakeOnLan::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    while (!m_queue.isEmpty() && m_queue.first().dueMs <= now) {
        const Send send = m_queue.takeFirst();
        for (const quint16 port : m_options.ports) {
            if (m_socket->writeDatagram(send.packet, m_options.broadcast, port)
                    != send.packet.size()
                && m_error.isEmpty())
                m_error = QCoreApplication::translate("bt::WakeOnLan", "cannot send to %1:%2: %3")
                              .arg(m_options.broadcast.toString())
                              .arg(port)
                              .arg(m_socket->errorString());
        }
        if (send.last)
            Q_EMIT sent(send.mac);
    }
    if (m_queue.isEmpty()) {
        m_timer.stop();
        m_socket.reset();
        Q_EMIT finished(m_error);
    }
}

} // namespace bt
