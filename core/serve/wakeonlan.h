#pragma once

#include "environment/environment.h"

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

class QUdpSocket;

namespace bt {

// Powers lab machines on with Wake-on-LAN: a magic packet (6 × 0xFF, then
// the MAC 16 times) to the lab network's broadcast address on UDP 9 and 7,
// each machine's packets sent a few times, machines paced at a rate per
// second so a room does not draw power all in the same second.
class WakeOnLan : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QHostAddress source; // the lab address packets leave from
        QHostAddress broadcast; // the lab network's broadcast address
        int perSecond = 5; // machines woken per second
        int repeats = 3; // packets per machine and port, 100 ms apart
        QList<quint16> ports { 9, 7 };
    };

    static constexpr int DefaultPerSecond = 5;

    explicit WakeOnLan(QObject *parent = nullptr);
    ~WakeOnLan() override;

    // Source and broadcast address of the environment's lab network: the
    // address host_ip has on dnsmasq.interface; its pace,
    // boottorrent.wake_per_second. Nothing (and `error` says why) when the
    // interface does not carry host_ip.
    static std::optional<Options> optionsFor(const Environment &env, QString *error);

    // Sends to every MAC (normalized, duplicates once) in turn; sent() for
    // each machine, finished() at the end ("" or the first error).
    void start(const QStringList &macs, const Options &options);
    bool isRunning() const { return m_timer.isActive(); }

Q_SIGNALS:
    void sent(const QString &mac);
    void finished(const QString &error);

private:
    void tick();

    std::unique_ptr<QUdpSocket> m_socket;
    Options m_options;
    struct Send
    {
        qint64 dueMs;
        QString mac;
        QByteArray packet;
        bool last; // the machine's last packet: sent() follows
    };
    QList<Send> m_queue; // by due time
    qint64 m_startMs = 0;
    QString m_error;
    QTimer m_timer;
};

} // namespace bt
