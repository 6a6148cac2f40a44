#pragma once

// A real aria2c seeding a small mktorrent torrent on 127.0.0.1 for tests
// that talk to aria2 over JSON-RPC. It is started as a child of the test
// and stopped by its own PID.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

class Aria2Seeder
{
public:
    static quint16 freePort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        return probe.serverPort();
    }

    // Returns an empty string on success, else what went wrong.
    QString start(qint64 payloadBytes = 300000)
    {
        if (!m_dir.isValid())
            return QStringLiteral("no temporary folder");
        const QString data = m_dir.filePath(QStringLiteral("data/demo-os"));
        QDir().mkpath(data);
        QFile payload(data + QStringLiteral("/disk.img"));
        if (!payload.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write the payload");
        QByteArray block(4096, '\0');
        for (qint64 written = 0; written < payloadBytes; written += block.size()) {
            for (char &c : block)
                c = char(QRandomGenerator::global()->generate());
            payload.write(block.left(qMin<qint64>(block.size(), payloadBytes - written)));
        }
        payload.close();
        m_payloadBytes = payloadBytes;

        // Port 9 (discard) on loopback: announces fail at once and stay local.
        const QString torrent = m_dir.filePath(QStringLiteral("demo-os.torrent"));
        QProcess mktorrent;
        mktorrent.start(QStringLiteral("mktorrent"),
            { QStringLiteral("-l"), QStringLiteral("15"), QStringLiteral("-a"),
                QStringLiteral("http://127.0.0.1:9/announce"), QStringLiteral("-o"), torrent,
                data });
        if (!mktorrent.waitForFinished(20000) || mktorrent.exitCode() != 0)
            return QStringLiteral("mktorrent failed: ")
                + QString::fromLocal8Bit(mktorrent.readAllStandardError());

        m_port = freePort();
        const quint16 listenPort = freePort();
        m_secret = QStringLiteral("s%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
        m_process.setProgram(QStringLiteral("aria2c"));
        m_process.setArguments({
            QStringLiteral("--no-conf=true"),
            QStringLiteral("--enable-rpc=true"),
            QStringLiteral("--rpc-listen-all=false"),
            QStringLiteral("--rpc-listen-port=%1").arg(m_port),
            QStringLiteral("--rpc-secret=") + m_secret,
            QStringLiteral("--dir=") + m_dir.filePath(QStringLiteral("data")),
            QStringLiteral("--check-integrity=true"),
            QStringLiteral("--seed-ratio=0.0"),
            QStringLiteral("--enable-dht=false"),
            QStringLiteral("--enable-dht6=false"),
            QStringLiteral("--bt-enable-lpd=false"),
            QStringLiteral("--enable-peer-exchange=false"),
            QStringLiteral("--interface=127.0.0.1"),
            QStringLiteral("--listen-port=%1").arg(listenPort),
            QStringLiteral("--console-log-level=error"),
            QStringLiteral("--summary-interval=0"),
            torrent,
        });
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return QStringLiteral("aria2c did not start");
        // aria2 listens once it has read its options; wait for the port, bounded.
        const bool up = QTest::qWaitFor(
            [this] {
                QTcpSocket probe;
                probe.connectToHost(QHostAddress::LocalHost, m_port);
                return probe.waitForConnected(200);
            },
            10000);
        return up ? QString() : QStringLiteral("aria2c did not open its RPC port");
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM to our own child only
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }

    ~Aria2Seeder() { stop(); }

    quint16 port() const { return m_port; }
    QString secret() const { return m_secret; }
    qint64 payloadBytes() const { return m_payloadBytes; }
    QString output() { return QString::fromLocal8Bit(m_process.readAll()); }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_secret;
    qint64 m_payloadBytes = 0;
};
