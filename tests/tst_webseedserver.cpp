// The host's web seed: byte ranges, keep-alive, refusals, its counters, and
// a real aria2c and a real btfetch fetching a torrent from it with no tracker
// and no peer.

#include "builder/torrentmaker.h"
#include "serve/webseedserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace bt;

namespace {

struct Response
{
    int code = 0;
    QHash<QByteArray, QByteArray> headers; // names lower-cased
    QByteArray body;
};

// Splits what a connection received into its responses (Content-Length bodies).
QList<Response> parseResponses(QByteArray data)
{
    QList<Response> responses;
    while (!data.isEmpty()) {
        const qsizetype end = data.indexOf("\r\n\r\n");
        if (end < 0)
            break;
        QList<QByteArray> lines = data.left(end).split('\n');
        Response r;
        r.code = lines.takeFirst().split(' ').value(1).toInt();
        for (QByteArray line : lines) {
            line = line.trimmed();
            const qsizetype colon = line.indexOf(':');
            r.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = r.headers.value("content-length").toLongLong();
        r.body = data.mid(end + 4, length);
        data.remove(0, end + 4 + length);
        responses.append(r);
    }
    return responses;
}

// Everything the server sends until it closes, at most 10 s.
QByteArray readUntilClosed(QTcpSocket &socket)
{
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        received += socket.readAll();
    }
    return received + socket.readAll();
}

// Reads into `into` until it holds `atLeast` bytes, at most 10 s.
bool readAtLeast(QTcpSocket &socket, QByteArray &into, qint64 atLeast)
{
    QElapsedTimer clock;
    clock.start();
    while (into.size() < atLeast && clock.elapsed() < 10000) {
        socket.waitForReadyRead(100);
        into += socket.readAll();
    }
    return into.size() >= atLeast;
}

// Sends raw bytes and collects everything until the server closes.
QByteArray exchange(quint16 port, const QByteArray &request)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    return readUntilClosed(socket);
}

Response get(quint16 port, const QByteArray &path, const QByteArray &extraHeaders = {},
    const QByteArray &method = "GET")
{
    return parseResponses(exchange(port,
                              method + ' ' + path + " HTTP/1.1\r\nHost: x\r\n" + extraHeaders
                                  + "Connection: close\r\n\r\n"))
        .value(0);
}

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, '\0');
    for (char &c : data)
        c = char(QRandomGenerator::global()->generate());
    return data;
}

// A client whose kernel and Qt buffers hold only a few KiB: until the test
// reads, the server's queue for it stays full and its response stays under
// way, as for a client busy with other sources.
std::unique_ptr<QTcpSocket> stalledClient(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    const int size = 4096;
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, sizeof size) != 0
        || ::connect(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        if (fd >= 0)
            ::close(fd);
        return nullptr;
    }
    auto socket = std::make_unique<QTcpSocket>();
    socket->setReadBufferSize(size);
    if (!socket->setSocketDescriptor(fd))
        return nullptr;
    return socket;
}

// Bytes a socket received so far: what Qt read plus what waits in the kernel.
qint64 receivedSoFar(QTcpSocket &socket, const QByteArray &read)
{
    int pending = 0;
    ::ioctl(int(socket.socketDescriptor()), FIONREAD, &pending);
    return read.size() + socket.bytesAvailable() + pending;
}

QByteArray rangeRequest(qint64 first, qint64 last)
{
    return "GET /demo/os.img HTTP/1.1\r\nHost: x\r\nRange: bytes=" + QByteArray::number(first) + '-'
        + QByteArray::number(last) + "\r\nConnection: close\r\n\r\n";
}

// A stalled client whose request for the image's second MiB (never sent
// before in the tests that use it) is under way; null if it never started.
std::unique_ptr<QTcpSocket> stalledOnSecondMiB(quint16 port)
{
    std::unique_ptr<QTcpSocket> socket = stalledClient(port);
    if (!socket)
        return nullptr;
    socket->write(rangeRequest(1024 * 1024, 2 * 1024 * 1024 - 1));
    QElapsedTimer clock;
    clock.start();
    while (socket->bytesAvailable() == 0 && clock.elapsed() < 20000)
        socket->waitForReadyRead(100);
    if (socket->bytesAvailable() == 0)
        return nullptr;
    return socket;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kChunk = 32 * 1024; // what the web seed reads and schedules at a time
constexpr qint64 kMaxHead = 512; // a response head is shorter

class TestWebSeedServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_image; // demo/os.img
    QString folder() const { return m_dir.filePath(QStringLiteral("oss/demo")); }
    // The demo torrent as a build lists it, plus `extra` names.
    QHash<QString, WebSeedServer::Torrent> demo(const QStringList &extra = {}) const
    {
        QSet<QString> files { QStringLiteral("os.img"), QStringLiteral("boot/config.txt") };
        for (const QString &name : extra)
            files.insert(name);
        return { { QStringLiteral("demo"), { folder(), files } } };
    }

    // Listens with these durations; one client got the image's first MiB. The port, or 0.
    quint16 firstMiBSent(WebSeedServer &server, int repeatPause, int waveGap)
    {
        server.setRepeatPause(repeatPause);
        server.setWaveGap(waveGap);
        if (!server.listen(QHostAddress::LocalHost, 0, demo()))
            return 0;
        const quint16 port = server.serverPort();
        const Response first = get(port, "/demo/os.img", "Range: bytes=0-1048575\r\n");
        return first.body == m_image.left(kMiB) ? port : 0;
    }

    // A stalled client takes the second MiB; the first MiB goes out whole at
    // full speed beside it, counted as sent for the first time.
    void firstMiBGoesOutBesideAFreshOne(WebSeedServer &server)
    {
        const quint16 port = server.serverPort();
        const std::unique_ptr<QTcpSocket> slow = stalledOnSecondMiB(port);
        QVERIFY(slow);
        const QList<Response> first = parseResponses(exchange(port, rangeRequest(0, kMiB - 1)));
        QCOMPARE(first.size(), 1);
        QVERIFY(first.first().body == m_image.left(kMiB));
        QVERIFY(receivedSoFar(*slow, {}) < kMiB);
        QCOMPARE(server.counters().repeated.value(QStringLiteral("demo")), qint64(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_image = randomBytes(3 * 1024 * 1024 + 12345);
        QVERIFY(writeFile(folder() + QStringLiteral("/os.img"), m_image));
        QVERIFY(writeFile(folder() + QStringLiteral("/boot/config.txt"), "kernel=vmlinuz\n"));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("oss/secret.txt")), "not served\n"));
        // Planted in an OS folder after its build: links out of the folder,
        // and a file no torrent lists.
        const QString planted = m_dir.filePath(QStringLiteral("oss/planted"));
        QVERIFY(writeFile(planted + QStringLiteral("/boot/config.txt"), "kernel=vmlinuz\n"));
        QVERIFY(QFile::link(
            m_dir.filePath(QStringLiteral("oss/secret.txt")), planted + QStringLiteral("/link")));
        QVERIFY(
            QFile::link(m_dir.filePath(QStringLiteral("oss")), planted + QStringLiteral("/up")));
        QVERIFY(QFile::link(planted + QStringLiteral("/boot"), planted + QStringLiteral("/boot2")));
        QVERIFY(writeFile(planted + QStringLiteral("/extra.txt"), "not in the torrent\n"));
    }

    void servesOnlyTheTorrentsFilesAndFollowsNoLink_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("file link") << QByteArray("/planted/link");
        QTest::newRow("folder link") << QByteArray("/planted/up/secret.txt");
        QTest::newRow("link inside the folder") << QByteArray("/planted/boot2/config.txt");
        QTest::newRow("not in the torrent") << QByteArray("/planted/extra.txt");
    }

    void servesOnlyTheTorrentsFilesAndFollowsNoLink()
    {
        QFETCH(QByteArray, path);
        // Even a torrent that listed them (a build never does) gets nothing through a link.
        WebSeedServer server;
        const QHash<QString, WebSeedServer::Torrent> planted { { QStringLiteral("planted"),
            { m_dir.filePath(QStringLiteral("oss/planted")),
                { QStringLiteral("boot/config.txt"), QStringLiteral("link"),
                    QStringLiteral("up/secret.txt"), QStringLiteral("boot2/config.txt") } } } };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, planted));
        const Response response = get(server.serverPort(), path);
        QCOMPARE(response.code, 404);
        QVERIFY(!response.body.contains("not served"));
        QVERIFY(!response.body.contains("not in the torrent"));
        QCOMPARE(get(server.serverPort(), "/planted/boot/config.txt").code, 200);
    }

    void boundsTheTimeForARequestHeadAsAWhole()
    {
        // One byte every 100 ms keeps the idle timer alive forever; the head's own deadline does
        // not move.
        WebSeedServer server;
        server.setHeaderTimeout(600);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        const QByteArray head
            = "GET /demo/os.img HTTP/1.1\r\nHost: x\r\nX-Slow: " + QByteArray(200, 'a');
        qsizetype sent = 0;
        while (sent < head.size() && socket.state() == QAbstractSocket::ConnectedState) {
            socket.write(head.mid(sent++, 1));
            socket.waitForBytesWritten(100);
            QTest::qWait(100); // the pace of a slow sender, not a wait for an event
        }
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 20000);
        // Cut off long before the whole head had trickled in (it takes over 20 s).
        QVERIFY2(sent < head.size(), qPrintable(QString::number(sent)));
    }

    void capsConnectionsPerAddress()
    {
        WebSeedServer server;
        server.setMaxConnectionsPerAddress(3);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QList<QTcpSocket *> held;
        for (int i = 0; i < 3; ++i) {
            held << new QTcpSocket(this);
            held.last()->connectToHost(QHostAddress::LocalHost, server.serverPort());
            QVERIFY(held.last()->waitForConnected(5000));
            // Answered and kept alive: the server counts this connection.
            held.last()->write("GET /demo/boot/config.txt HTTP/1.1\r\nHost: x\r\n\r\n");
            QTRY_VERIFY_WITH_TIMEOUT(held.last()->bytesAvailable() > 0, 20000);
        }
        const QList<Response> refused = parseResponses(exchange(server.serverPort(),
            "GET /demo/boot/config.txt HTTP/1.1\r\nConnection: close\r\n\r\n"));
        QCOMPARE(refused.value(0).code, 503);
        QVERIFY(refused.value(0).body.contains("127.0.0.1"));
        qDeleteAll(held);
        QTRY_COMPARE(get(server.serverPort(), "/demo/boot/config.txt").code, 200);
    }

    void neverWritesAnErrorIntoABody()
    {
        // A client that pipelines 64 KiB of junk behind a large download.
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QTcpSocket socket;
        socket.setReadBufferSize(16 * 1024); // reads slowly, so the response is still going out
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /demo/os.img HTTP/1.1\r\nHost: x\r\n\r\n");
        // The junk follows once the response is under way.
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 20000);
        socket.write("GET /demo/os.img HTTP/1.1\r\nX: " + QByteArray(70000, 'a'));
        const QByteArray received = readUntilClosed(socket);
        QVERIFY(!received.contains("HTTP/1.1 431"));
        QVERIFY(received.startsWith("HTTP/1.1 200"));
    }

    void refusesWildcardAddresses()
    {
        WebSeedServer server;
        QVERIFY(!server.listen(QHostAddress::Any, 0, demo()));
        QVERIFY(server.errorString().contains(QStringLiteral("lab address")));
        QVERIFY(!server.isListening());
    }

    void reportsAPortInUse()
    {
        QTcpServer holder;
        QVERIFY(holder.listen(QHostAddress::LocalHost, 0));
        WebSeedServer server;
        QVERIFY(!server.listen(QHostAddress::LocalHost, holder.serverPort(), {}));
        QVERIFY2(server.errorString().contains(QString::number(holder.serverPort())),
            qPrintable(server.errorString()));
    }

    void servesWholeFilesAndRanges()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        const quint16 port = server.serverPort();
        QVERIFY(port != 0);

        Response whole = get(port, "/demo/os.img");
        QCOMPARE(whole.code, 200);
        QCOMPARE(whole.headers.value("accept-ranges"), QByteArray("bytes"));
        QVERIFY(whole.body == m_image);

        Response part = get(port, "/demo/os.img", "Range: bytes=1000-1999\r\n");
        QCOMPARE(part.code, 206);
        QCOMPARE(part.headers.value("content-range"),
            QByteArray("bytes 1000-1999/") + QByteArray::number(m_image.size()));
        QVERIFY(part.body == m_image.mid(1000, 1000));

        QTRY_COMPARE(server.counters().total(), m_image.size() + 1000);
        Response open = get(port, "/demo/os.img", "Range: bytes=3145728-\r\n");
        QCOMPARE(open.code, 206);
        QVERIFY(open.body == m_image.mid(3145728));

        QTRY_COMPARE(server.counters().total(), 2 * m_image.size() + 1000 - 3145728);
        Response suffix = get(port, "/demo/os.img", "Range: bytes=-10\r\n");
        QCOMPARE(suffix.code, 206);
        QVERIFY(suffix.body == m_image.right(10));

        Response beyondEnd = get(port, "/demo/os.img", "Range: bytes=100-99999999999\r\n");
        QCOMPARE(beyondEnd.code, 206);
        QVERIFY(beyondEnd.body == m_image.mid(100));

        Response outside = get(
            port, "/demo/os.img", "Range: bytes=" + QByteArray::number(m_image.size()) + "-\r\n");
        QCOMPARE(outside.code, 416);
        QCOMPARE(outside.headers.value("content-range"),
            "bytes */" + QByteArray::number(m_image.size()));

        // Several ranges or a unit it does not know: the whole file, as the RFC allows.
        QCOMPARE(get(port, "/demo/os.img", "Range: bytes=0-1,5-6\r\n").body.size(), m_image.size());
        QCOMPARE(get(port, "/demo/os.img", "Range: items=0-1\r\n").code, 200);

        Response nested = get(port, "/demo/boot/config.txt");
        QCOMPARE(nested.code, 200);
        QCOMPARE(nested.body, QByteArray("kernel=vmlinuz\n"));

        Response head = get(port, "/demo/os.img", {}, "HEAD");
        QCOMPARE(head.code, 200);
        QCOMPARE(head.headers.value("content-length"), QByteArray::number(m_image.size()));
        QVERIFY(head.body.isEmpty());

        // Every byte of file data sent is counted for the client and the torrent.
        const qint64 expected = 3 * m_image.size() + 1000 + (m_image.size() - 3145728) + 10
            + (m_image.size() - 100) + 15;
        QTRY_COMPARE(server.counters().total(), expected);
        QCOMPARE(server.counters().forTorrent(QStringLiteral("demo")), expected);
        QCOMPARE(server.counters()
                     .bytes.value(QStringLiteral("demo"))
                     .value(QStringLiteral("127.0.0.1")),
            expected);
    }

    void keepsConnectionsAliveAndAnswersInOrder()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        const QByteArray both = "GET /demo/os.img HTTP/1.1\r\nHost: x\r\nRange: bytes=0-99\r\n\r\n"
                                "GET /demo/os.img HTTP/1.1\r\nHost: x\r\nRange: "
                                "bytes=200-299\r\nConnection: close\r\n\r\n";
        const QList<Response> responses = parseResponses(exchange(server.serverPort(), both));
        QCOMPARE(responses.size(), 2);
        QCOMPARE(responses.at(0).code, 206);
        QCOMPARE(responses.at(0).headers.value("connection"), QByteArray("keep-alive"));
        QVERIFY(responses.at(0).body == m_image.left(100));
        QCOMPARE(responses.at(1).headers.value("connection"), QByteArray("close"));
        QVERIFY(responses.at(1).body == m_image.mid(200, 100));
    }

    void refusesWhatIsNotAServedFile_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("code");
        QTest::newRow("outside the folders")
            << QByteArray("GET /secret.txt HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("climbing out")
            << QByteArray("GET /demo/../secret.txt HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("climbing out, encoded")
            << QByteArray("GET /demo/%2e%2e/secret.txt HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("unknown torrent") << QByteArray("GET /other/os.img HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("a folder") << QByteArray("GET /demo/boot HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("the torrent's folder") << QByteArray("GET /demo/ HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("missing file") << QByteArray("GET /demo/nothing HTTP/1.1\r\n\r\n") << 404;
        QTest::newRow("upload") << QByteArray(
            "PUT /demo/os.img HTTP/1.1\r\nContent-Length: 0\r\n\r\n")
                                << 405;
        QTest::newRow("garbage") << QByteArray("\x01\x02 nonsense\r\n\r\n") << 400;
        QTest::newRow("old HTTP") << QByteArray("GET /demo/os.img HTTP/0.9\r\n\r\n") << 505;
        QTest::newRow("huge head")
            << QByteArray("GET /demo/os.img HTTP/1.1\r\nX: ") + QByteArray(70000, 'a') << 431;
    }

    void refusesWhatIsNotAServedFile()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, code);
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        const QList<Response> responses = parseResponses(exchange(server.serverPort(), request));
        QCOMPARE(responses.size(), 1);
        QCOMPARE(responses.first().code, code);
        QTRY_COMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(1).toInt(), code);
        QCOMPARE(server.counters().total(), qint64(0));
    }

    void dropsIdleConnections()
    {
        WebSeedServer server;
        server.setIdleTimeout(300);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET /demo/os.img HTTP/1.1\r\n"); // and never the rest
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    }

    void closeEndsOpenConnections()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(socket.waitForConnected(5000));
        const quint16 port = server.serverPort();
        // An answered keep-alive request: the connection is open at the server.
        socket.write("GET /demo/boot/config.txt HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(socket.bytesAvailable() > 0, 20000);
        server.close();
        QVERIFY(!server.isListening());
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(!late.waitForConnected(2000));
    }

    // Fresh first, on real sockets: a client asks again for a range another
    // client already got, while others ask for ranges never sent.
    void sendsNeverSentChunksFirst()
    {
        // One repeat, then none while a fresh chunk waits.
        WebSeedServer server;
        const quint16 port = firstMiBSent(server, 60000, 600000);
        QVERIFY(port);
        // A client takes the second MiB, never sent, and reads slowly: its next chunk stays fresh.
        const std::unique_ptr<QTcpSocket> slow = stalledOnSecondMiB(port);
        QVERIFY(slow);
        // Another asks for the first MiB again: its first chunk goes out at once.
        QTcpSocket repeat;
        repeat.connectToHost(QHostAddress::LocalHost, port);
        QVERIFY(repeat.waitForConnected(5000));
        repeat.write(rangeRequest(0, kMiB - 1));
        QByteArray repeated;
        QVERIFY(readAtLeast(repeat, repeated, kChunk));
        // A third client's never-sent MiB goes out whole, while the repeat waits.
        const QList<Response> fresh
            = parseResponses(exchange(port, rangeRequest(2 * kMiB, m_image.size() - 1)));
        QCOMPARE(fresh.size(), 1);
        QVERIFY(fresh.first().body == m_image.mid(2 * kMiB));
        QVERIFY2(receivedSoFar(repeat, repeated) <= kChunk + kMaxHead,
            qPrintable(QString::number(receivedSoFar(repeat, repeated))));
        // Once the fresh chunks are out, the repeat follows: slowed, never left hanging.
        const QList<Response> second = parseResponses(readUntilClosed(*slow));
        QCOMPARE(second.size(), 1);
        QVERIFY(second.first().body == m_image.mid(kMiB, kMiB));
        const QList<Response> again = parseResponses(repeated + readUntilClosed(repeat));
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().body == m_image.left(kMiB));
        // What went out twice is counted as such.
        QTRY_COMPARE(server.counters().repeated.value(QStringLiteral("demo")), kMiB);
        QCOMPARE(server.counters().forTorrent(QStringLiteral("demo")), m_image.size() + kMiB);
    }

    void aResponseWaitsAtMostOnePause()
    {
        // 1 MiB of repeats would take 32 pauses at one chunk each; the response waits one.
        WebSeedServer server;
        const quint16 port = firstMiBSent(server, 300, 600000);
        QVERIFY(port);
        const std::unique_ptr<QTcpSocket> slow = stalledOnSecondMiB(port);
        QVERIFY(slow);
        QElapsedTimer clock;
        clock.start();
        const QList<Response> again = parseResponses(exchange(port, rangeRequest(0, kMiB - 1)));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(again.size(), 1);
        QVERIFY(again.first().body == m_image.left(kMiB));
        QVERIFY(receivedSoFar(*slow, {}) < kMiB);
        QCOMPARE(server.counters().repeated.value(QStringLiteral("demo")), kMiB);
    }

    void aSecondWaveIsNotHeldBack()
    {
        WebSeedServer server;
        const quint16 port = firstMiBSent(server, 60000, 300);
        QVERIFY(port);
        // The room idle between two boot waves: the case, not a wait for an event.
        QTest::qWait(600);
        // The first wave's MiB is new to this wave.
        firstMiBGoesOutBesideAFreshOne(server);
    }

    void aSecondRoundIsNotHeldBack()
    {
        // Every chunk went out once; the next copy starts from none sent.
        WebSeedServer server;
        server.setRepeatPause(60000);
        server.setWaveGap(600000);
        const QHash<QString, WebSeedServer::Torrent> image { { QStringLiteral("demo"),
            { folder(), { QStringLiteral("os.img") } } } };
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, image));
        const quint16 port = server.serverPort();
        QVERIFY(get(port, "/demo/os.img").body == m_image);
        firstMiBGoesOutBesideAFreshOne(server);
    }

    void marksTakeOneBitPerChunk()
    {
        // A sparse 4 GiB image: 16 KiB of marks, whatever the clients ask.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString big = dir.path();
        QFile file(big + QStringLiteral("/os.img"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const qint64 size = qint64(4) << 30;
        QVERIFY(file.resize(size));
        file.close();
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0,
            { { QStringLiteral("big"), { big, { QStringLiteral("os.img") } } } }));
        const quint16 port = server.serverPort();
        const qint64 bound = size / kChunk / 8 + 4096;
        for (const QByteArray &range : { QByteArray("bytes=0-99999"), QByteArray("bytes=-100"),
                 QByteArray("bytes=4294000000-4294100000"), QByteArray("bytes=99-") }) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, port);
            QVERIFY(socket.waitForConnected(5000));
            socket.write("GET /big/os.img HTTP/1.1\r\nRange: " + range + "\r\n\r\n");
            QByteArray head;
            QVERIFY(readAtLeast(socket, head, 100));
            QVERIFY(head.startsWith("HTTP/1.1 206"));
        }
        for (const QByteArray &path : { QByteArray("/big/other.img"), QByteArray("/other/os.img") })
            QCOMPARE(get(port, path).code, 404);
        const qint64 memory = server.scheduleMemory();
        QVERIFY2(
            memory >= size / kChunk / 8 && memory <= bound, qPrintable(QString::number(memory)));
    }

    // aria2c reads the torrent's url-list and fetches every file from the
    // web seed alone: the announce URL points nowhere.
    void aRealAria2cDownloadsFromIt()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("aria2c")).isEmpty())
            QSKIP("aria2c is not installed (scripts/setup installs it)");
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        const QString torrentPath = writeDemoTorrent(server.serverPort());
        QVERIFY(!torrentPath.isEmpty());

        const QString download = m_dir.filePath(QStringLiteral("client"));
        QProcess aria2;
        aria2.setProcessChannelMode(QProcess::MergedChannels);
        aria2.start(QStringLiteral("aria2c"),
            { QStringLiteral("--no-conf=true"), QStringLiteral("--dir=") + download,
                QStringLiteral("--seed-time=0"), QStringLiteral("--enable-dht=false"),
                QStringLiteral("--enable-dht6=false"), QStringLiteral("--bt-enable-lpd=false"),
                QStringLiteral("--stream-piece-selector=random"),
                QStringLiteral("--console-log-level=error"), QStringLiteral("--summary-interval=0"),
                QStringLiteral("--listen-port=%1")
                    .arg(40000 + QRandomGenerator::global()->bounded(20000)),
                torrentPath });
        QVERIFY(aria2.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(aria2.state() == QProcess::NotRunning, 60000);
        QVERIFY2(aria2.exitCode() == 0, aria2.readAll().constData());

        QVERIFY(holdsTheDemo(download));
        // All of it came from the web seed (a piece may be fetched twice at most).
        QVERIFY(server.counters().forTorrent(QStringLiteral("demo")) >= m_image.size());
    }

    // The host hands out whole pieces it chooses: each once before any twice, a piece's bytes
    // across the end of one file and the start of the next, nothing a client holds.
    void handsOutWholePiecesEachOnce()
    {
        WebSeedServer server;
        server.setWaveGap(600000);
        server.setArrivalPause(0); // a piece sent whole counts as arrived at once
        const QHash<QString, WebSeedServer::Torrent> torrents = demoByPiece();
        QVERIFY(!torrents.isEmpty());
        const WebSeedServer::Torrent &demo = torrents[QStringLiteral("demo")];
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, torrents));
        const quint16 port = server.serverPort();
        QByteArray whole; // the torrent's bytes end to end, in its order
        for (const QString &file : demo.order) {
            QFile part(folder() + QLatin1Char('/') + file);
            QVERIFY(part.open(QIODevice::ReadOnly));
            whole += part.readAll();
        }
        const QByteArray none((demo.pieces + 7) / 8 * 2, '0');
        const qsizetype perRequest = WebSeedServer::PieceRequestBytes / kPiece;
        QList<int> handed; // in the order handed out
        qint64 bytes = 0;
        while (handed.size() < demo.pieces) {
            // Until the answer before has arrived whole, its pieces are on their way.
            QTRY_COMPARE(server.answersOnTheirWay(), 0);
            const Response r = get(port, "/.bt-piece/demo?have=" + none);
            QCOMPARE(r.code, 200);
            const QList<QByteArray> indices = r.headers.value("x-bt-pieces").split(',');
            QCOMPARE(indices.size(), perRequest);
            qint64 at = 0;
            // Each piece once before any twice: every piece not handed out yet comes first.
            const QList<int> before = handed;
            qsizetype fresh = 0;
            for (const QByteArray &index : indices) {
                const int piece = index.toInt();
                fresh += before.contains(piece) ? 0 : 1;
                handed << piece;
                const QByteArray expected = whole.mid(piece * kPiece, kPiece);
                QCOMPARE(r.body.mid(at, expected.size()), expected);
                at += expected.size();
            }
            QCOMPARE(at, r.body.size());
            QCOMPARE(fresh, std::min(perRequest, qsizetype(demo.pieces - before.size())));
            bytes += at;
        }
        // One piece spans the end of one file and the start of the next; all were handed out.
        QVERIFY(handed.size() < demo.pieces + perRequest);
        QCOMPARE(QSet<int>(handed.cbegin(), handed.cend()).size(), demo.pieces);
        QCOMPARE(server.counters().forTorrent(QStringLiteral("demo")), bytes);
        QCOMPARE(server.counters().repeated.value(QStringLiteral("demo")),
            (handed.size() - demo.pieces) * kPiece);

        // A client holding everything but the last piece gets only that one, now a repeat.
        QTRY_COMPARE(server.answersOnTheirWay(), 0);
        QByteArray bits((demo.pieces + 7) / 8, char(0xff));
        const int last = demo.pieces - 1;
        bits[last / 8] = char(quint8(bits[last / 8]) & ~(0x80 >> (last % 8)));
        const Response one = get(port, "/.bt-piece/demo?have=" + bits.toHex());
        QCOMPARE(one.code, 200);
        QCOMPARE(one.headers.value("x-bt-pieces"), QByteArray::number(last));
        QCOMPARE(one.body, whole.mid(last * kPiece));
        QVERIFY(server.counters().repeated.value(QStringLiteral("demo")) > 0);
        // Holding everything: nothing to send.
        const Response nothing = get(
            port, "/.bt-piece/demo?have=" + QByteArray((demo.pieces + 7) / 8, char(0xff)).toHex());
        QCOMPARE(nothing.code, 204);
        QVERIFY(nothing.body.isEmpty());
    }

    // A piece on its way to one client is not handed to another, who would only get a copy of
    // what that client announces to its peers moments later; once that response ends, it is.
    void aPieceOnItsWayIsNotHandedTwice()
    {
        WebSeedServer server;
        int pieces = 0;
        const quint16 port = listenByPieceInOneWave(server, &pieces);
        QVERIFY(port != 0);
        const QByteArray none((pieces + 7) / 8 * 2, '0');

        // A client that reads nothing: its four pieces (256 KiB) stay on their way.
        std::unique_ptr<QTcpSocket> stalled = stalledClient(port);
        QVERIFY(stalled);
        stalled->write("GET /.bt-piece/demo?have=" + none + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QByteArray head;
        QVERIFY(readAtLeast(*stalled, head, 100));
        QVERIFY(head.startsWith("HTTP/1.1 200"));
        const qsizetype at = head.indexOf("X-BT-Pieces: ");
        QVERIFY(at >= 0);
        const QList<QByteArray> onItsWay
            = head.mid(at + 13, head.indexOf('\r', at) - at - 13).split(',');
        QCOMPARE(onItsWay.size(), 4);

        // Another client lacking only those pieces gets nothing while they go out.
        QByteArray lacking((pieces + 7) / 8, char(0xff));
        for (const QByteArray &index : onItsWay) {
            const int piece = index.toInt();
            lacking[piece / 8] = char(quint8(lacking[piece / 8]) & ~(0x80 >> (piece % 8)));
        }
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + lacking.toHex()).code, 204);

        // The stalled client goes away: its pieces never arrived, and are handed out again.
        stalled->abort();
        stalled.reset();
        Response again;
        for (int attempt = 0; attempt < 100 && again.code != 200; ++attempt) {
            if (attempt > 0)
                QTest::qWait(50);
            again = get(port, "/.bt-piece/demo?have=" + lacking.toHex());
        }
        QCOMPARE(again.headers.value("x-bt-pieces"), onItsWay.join(','));
    }

    // A piece queued whole on a client's connection is on its way until the client has
    // acknowledged its last byte: on a slow link the kernel's buffers hold it long after the
    // host wrote it.
    void aPieceIsOnItsWayUntilAcknowledged()
    {
        WebSeedServer server;
        int pieces = 0;
        const quint16 port = listenByPieceInOneWave(server, &pieces);
        QVERIFY(port != 0);
        QByteArray lacking((pieces + 7) / 8, char(0xff)); // lacks piece 0 alone
        lacking[0] = char(0x7f);
        const QByteArray request
            = "GET /.bt-piece/demo?have=" + lacking.toHex() + " HTTP/1.1\r\nHost: x\r\n\r\n";

        // A client that reads nothing: its one piece (64 KiB) fits the host's socket buffer.
        std::unique_ptr<QTcpSocket> slow = stalledClient(port);
        QVERIFY(slow);
        slow->write(request);
        QByteArray received;
        QVERIFY(readAtLeast(*slow, received, 100));
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QTest::qWait(200);
        QCOMPARE(server.answersOnTheirWay(), 1);
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + lacking.toHex()).code, 204);

        // Once it has read every byte, the piece may go to others.
        const qsizetype head = received.indexOf("\r\n\r\n") + 4;
        QVERIFY(readAtLeast(*slow, received, head + kPiece));
        QTRY_COMPARE(server.answersOnTheirWay(), 0);
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + lacking.toHex()).code, 200);
    }

    // held= (what the client holds itself) is read beside have=, in any order; a held= that is
    // no count of this torrent's pieces, and a parameter the web seed does not know, are
    // ignored, as from a client of another version.
    void readsHeldBesideHave()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demoByPiece()));
        const quint16 port = server.serverPort();
        const int pieces = demoByPiece().value(QStringLiteral("demo")).pieces;
        const QByteArray none((pieces + 7) / 8 * 2, '0');
        const QByteArray all = QByteArray((pieces + 7) / 8, char(0xff)).toHex();
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        for (const QByteArray &query :
            { "have=" + none + "&held=0", "held=0&have=" + none, "have=" + none + "&held=-4",
                "have=" + none + "&held=99999999999", "have=" + none + "&held=x&later=1" }) {
            const Response r = get(port, "/.bt-piece/demo?" + query);
            QVERIFY2(r.code == 200 || r.code == 204, query.constData());
        }
        QCOMPARE(
            get(port, "/.bt-piece/demo?have=" + all + "&held=" + QByteArray::number(pieces)).code,
            204);
        QCOMPARE(rejected.size(), 0);
    }

    void refusesBadPieceRequests()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demoByPiece()));
        const quint16 port = server.serverPort();
        const int pieces = demoByPiece().value(QStringLiteral("demo")).pieces;
        const QByteArray none((pieces + 7) / 8 * 2, '0');
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        QCOMPARE(get(port, "/.bt-piece/demo").code, 400);
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + none + "00").code, 400);
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + none.left(none.size() - 1) + 'g').code, 400);
        QCOMPARE(get(port, "/.bt-piece/demo?have=" + none, {}, "HEAD").code, 405);
        QCOMPARE(get(port, "/.bt-piece/other?have=" + none).code, 404);
        QCOMPARE(get(port, "/.bt-piece/demo/os.img?have=" + none).code, 404);
        QCOMPARE(get(port, "/.bt-piece/demo?held=3&have=" + none + "00").code, 400);
        QCOMPARE(rejected.size(), 7);
        // The sentence names what to send, and nothing of the request is echoed raw.
        QVERIFY(rejected.value(0).value(2).toString().contains(
            QStringLiteral("%1 hexadecimal digits").arg(none.size())));
        // A torrent served without its layout is not served by piece.
        WebSeedServer plain;
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0, demo()));
        QCOMPARE(get(plain.serverPort(), "/.bt-piece/demo?have=" + none).code, 404);
        // Nothing was sent by piece.
        QCOMPARE(server.counters().total(), 0);
    }

    // btfetch, BootTorrent's own client engine: it asks the host for whole pieces and gets each
    // once; the announce URL points nowhere, so every byte came from the web seed.
    void aRealBtfetchDownloadsPiecesFromIt()
    {
        WebSeedServer server;
        // Served by piece only: a range request would be refused.
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demoByPiece(false)));
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        const qint64 elapsed = runBtfetch(server.serverPort(), QStringLiteral("pieces"));
        QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.value(0).value(2).toString()));
        QCOMPARE(server.counters().forTorrent(QStringLiteral("demo")), m_image.size() + 15);
        QCOMPARE(server.counters().repeated.value(QStringLiteral("demo")), 0);
    }

    // btfetch takes each piece of an answer as soon as its bytes are in: a host answering with
    // pieces 0 and 1 that sends piece 0 and then nothing more has handed it one piece.
    void aRealBtfetchTakesEachPieceAsItArrives()
    {
        QTcpServer host;
        QVERIFY(host.listen(QHostAddress::LocalHost, 0));
        const QString torrentPath = writeDemoTorrent(host.serverPort());
        QFile torrentFile(torrentPath);
        QVERIFY(torrentFile.open(QIODevice::ReadOnly));
        const Result<TorrentMaker::Layout> layout = TorrentMaker::layoutOf(torrentFile.readAll());
        QVERIFY(layout.ok() && layout->pieceLength == kPiece);
        QByteArray firstPiece; // the torrent's files end to end, cut at one piece
        for (const QString &name : layout->files) {
            QFile file(folder() + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            firstPiece += file.readAll();
        }
        firstPiece.truncate(kPiece);
        int answered = 0;
        std::vector<std::unique_ptr<QTcpSocket>> sockets;
        connect(&host, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = host.nextPendingConnection()) {
                sockets.emplace_back(socket);
                connect(socket, &QTcpSocket::readyRead, this, [&, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    if (answered++ > 0) {
                        socket->write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
                        return;
                    }
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: "
                        + QByteArray::number(2 * kPiece) + "\r\nX-BT-Pieces: 0,1\r\n\r\n");
                    socket->write(firstPiece);
                });
            }
        });
        const QString status = m_dir.filePath(QStringLiteral("streamed.json"));
        QProcess btfetch;
        btfetch.setProcessChannelMode(QProcess::MergedChannels);
        btfetch.start(QStringLiteral(BT_BTFETCH),
            { QStringLiteral("--torrent"), torrentPath, QStringLiteral("--dir"),
                m_dir.filePath(QStringLiteral("streamed")), QStringLiteral("--status"), status,
                QStringLiteral("--listen-port"), QStringLiteral("0") });
        QVERIFY(btfetch.waitForStarted(5000));
        const auto done = [&status] {
            QFile file(status);
            if (!file.open(QIODevice::ReadOnly))
                return QByteArray();
            const QByteArray text = file.readAll();
            const qsizetype at = text.indexOf("\"done\":");
            return at < 0 ? QByteArray() : text.mid(at + 7, text.indexOf(',', at) - at - 7);
        };
        const bool took = QTest::qWaitFor([&] { return done().toLongLong() >= kPiece; }, 15000);
        btfetch.terminate();
        if (!btfetch.waitForFinished(5000))
            btfetch.kill();
        QVERIFY2(took, done().constData());
    }

    // A host that serves no pieces (404) is used as a BEP 19 web seed: libtorrent's keep-alive,
    // pipelined Range requests for <url>/<torrent>/<file> are answered, and the web seed is used
    // at once, not after a retry period.
    void aRealBtfetchFallsBackToRanges()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demo()));
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        const qint64 elapsed = runBtfetch(server.serverPort(), QStringLiteral("pieces"));
        QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
        QVERIFY(server.counters().forTorrent(QStringLiteral("demo")) >= m_image.size());
        // Each of its two piece connections asked once and was told 404.
        QVERIFY(rejected.size() >= 1 && rejected.size() <= 2);
        for (const QList<QVariant> &rejection : rejected)
            QCOMPARE(rejection.value(1).toInt(), 404);
    }

    // With --web-seed ranges it never asks for pieces.
    void aRealBtfetchAsksByRangeWhenTold()
    {
        WebSeedServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0, demoByPiece()));
        QSignalSpy rejected(&server, &WebSeedServer::requestRejected);
        const qint64 elapsed = runBtfetch(server.serverPort(), QStringLiteral("ranges"));
        QVERIFY2(elapsed < 10000, QByteArray::number(elapsed).constData());
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.value(0).value(2).toString()));
        QVERIFY(server.counters().forTorrent(QStringLiteral("demo")) >= m_image.size());
    }

private:
    static constexpr qint64 kPiece = 64 * 1024;

    // Serves the demo torrent by piece in one wave, a piece counting as arrived as soon as its
    // client acknowledged it; the port, or 0.
    quint16 listenByPieceInOneWave(WebSeedServer &server, int *pieces) const
    {
        server.setWaveGap(600000);
        server.setArrivalPause(0);
        const QHash<QString, WebSeedServer::Torrent> torrents = demoByPiece();
        *pieces = torrents.value(QStringLiteral("demo")).pieces;
        return !torrents.isEmpty() && server.listen(QHostAddress::LocalHost, 0, torrents)
            ? server.serverPort()
            : 0;
    }

    // The demo torrent with its layout, as serve gives it to the web seed; without `byRange`
    // its files are served by piece only.
    QHash<QString, WebSeedServer::Torrent> demoByPiece(bool byRange = true) const
    {
        QFile file(writeDemoTorrent(9));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const Result<TorrentMaker::Layout> layout = TorrentMaker::layoutOf(file.readAll());
        if (!layout.ok() || !layout->contiguous || layout->pieceLength != kPiece)
            return {};
        return { { QStringLiteral("demo"),
            { folder(),
                byRange ? QSet<QString>(layout->files.cbegin(), layout->files.cend())
                        : QSet<QString>(),
                layout->files, layout->sizes, layout->pieceLength, layout->pieces } } };
    }

    // Runs btfetch on the demo torrent with the web seed on `port` until it has the files and
    // stops; checks what it fetched and its last status. The milliseconds it took, or -1.
    qint64 runBtfetch(quint16 port, const QString &webSeed)
    {
        const QString torrentPath = writeDemoTorrent(port);
        if (torrentPath.isEmpty())
            return -1;
        const QString download = m_dir.filePath(QStringLiteral("btfetch-") + webSeed
            + QString::number(QRandomGenerator::global()->generate()));
        const QString status = download + QStringLiteral(".json");
        QProcess btfetch;
        btfetch.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer clock;
        clock.start();
        btfetch.start(QStringLiteral(BT_BTFETCH),
            { QStringLiteral("--torrent"), torrentPath, QStringLiteral("--dir"), download,
                QStringLiteral("--status"), status, QStringLiteral("--listen-port"),
                QStringLiteral("0"), QStringLiteral("--web-seed"), webSeed });
        if (!btfetch.waitForStarted(5000))
            return -1;
        // 3 MiB on loopback: seconds at most, unless the web seed waited for a
        // retry (30 s by libtorrent's default) or for a peer.
        const bool ended
            = QTest::qWaitFor([&] { return btfetch.state() == QProcess::NotRunning; }, 60000);
        const qint64 elapsed = clock.elapsed();
        if (!ended) {
            btfetch.kill();
            btfetch.waitForFinished(5000);
            qWarning("btfetch did not end within 60 s");
            return -1;
        }
        if (btfetch.exitCode() != 0) {
            qWarning("btfetch failed: %s", btfetch.readAll().constData());
            return -1;
        }
        QFile statusFile(status);
        const QByteArray last
            = statusFile.open(QIODevice::ReadOnly) ? statusFile.readAll() : QByteArray();
        // os.img and the 15 bytes of boot/config.txt
        if (!holdsTheDemo(download) || !last.contains("\"state\":\"stopped\"")
            || !last.contains("\"done\":" + QByteArray::number(m_image.size() + 15))) {
            qWarning("btfetch's download or status is wrong: %s", last.constData());
            return -1;
        }
        return elapsed;
    }

    // The demo torrent with the web seed on `port` and a tracker nobody runs;
    // its path, or "" on failure.
    QString writeDemoTorrent(quint16 port) const
    {
        TorrentMaker::Options options;
        options.folder = folder();
        options.announceUrl = QStringLiteral("http://127.0.0.1:9/announce");
        options.webSeeds = { QStringLiteral("http://127.0.0.1:%1/").arg(port) };
        options.pieceSize = 64 * 1024;
        const Result<TorrentFile> torrent = TorrentMaker::make(options);
        const QString path = m_dir.filePath(QStringLiteral("demo.torrent"));
        return torrent.ok() && writeFile(path, torrent->data) ? path : QString();
    }

    // Whether `download` holds the demo torrent's files, byte for byte.
    bool holdsTheDemo(const QString &download) const
    {
        QFile copy(download + QStringLiteral("/demo/os.img"));
        QFile nested(download + QStringLiteral("/demo/boot/config.txt"));
        return copy.open(QIODevice::ReadOnly) && copy.readAll() == m_image
            && nested.open(QIODevice::ReadOnly)
            && nested.readAll() == QByteArray("kernel=vmlinuz\n");
    }
};

QTEST_GUILESS_MAIN(TestWebSeedServer)
#include "tst_webseedserver.moc"
