#include "webseedserver.h"

#include "httprequestparser.h"
#include "plaintext.h"
#include "webseedpieces.h"
#include "webseedschedule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <map>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <linux/openat2.h>
#include <linux/sockios.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace bt {

namespace {

// What is read from disk and queued on a socket at a time, and how much may
// wait in Qt's buffer and in the kernel's. Short queues keep the clients
// even: with deep ones the first connections of a crowd filled the host's
// link and the last started ten times slower (bench/lab: 4 MiB against
// 0.2 MiB in the first second, and those finished seconds after the rest).
// They also waste little when a client drops a response after one piece
// because the next came from a peer. The kernel doubles the send buffer:
// 128 KiB in flight still fill a gigabit link at 1 ms round trip.
constexpr qint64 kChunk = 32 * 1024;
constexpr qint64 kQueued = 64 * 1024;
constexpr int kSendBuffer = 64 * 1024;
// A request head larger than this, or bytes piling up while a response is
// still being sent, end the connection.
constexpr qsizetype kMaxBuffered = 64 * 1024;
// Reads end on the schedule's chunk boundaries, so each read is one chunk
// the schedule can tell fresh or sent.
static_assert(kChunk == WebSeedSchedule::ChunkBytes);
// How often connections holding back a chunk sent before look again whether
// they may send it.
constexpr int kResumeTickMs = 100;
// How often answers of whole pieces, queued whole, are looked at for whether
// their client has acknowledged every byte.
constexpr int kDeliveredTickMs = 20;

bool parseNumber(const QByteArray &text, qint64 *value)
{
    if (text.isEmpty() || text.size() > 18)
        return false;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    *value = text.toLongLong();
    return true;
}

enum class RangeKind { Whole, Part, Unsatisfiable };

// One range of RFC 9110 ("bytes=first-last", "bytes=first-", "bytes=-suffix").
// Anything else, several ranges included, is answered with the whole file,
// which the RFC allows.
RangeKind parseRange(const QByteArray &header, qint64 size, qint64 *first, qint64 *last)
{
    QByteArray value = header.trimmed();
    if (!value.startsWith("bytes=") || value.contains(','))
        return RangeKind::Whole;
    value = value.mid(6);
    const qsizetype dash = value.indexOf('-');
    if (dash < 0)
        return RangeKind::Whole;
    const QByteArray from = value.left(dash).trimmed();
    const QByteArray to = value.mid(dash + 1).trimmed();
    qint64 a = 0;
    qint64 b = 0;
    if (from.isEmpty()) {
        if (!parseNumber(to, &b))
            return RangeKind::Whole;
        if (b == 0 || size == 0)
            return RangeKind::Unsatisfiable;
        *first = std::max<qint64>(0, size - b);
        *last = size - 1;
        return RangeKind::Part;
    }
    if (!parseNumber(from, &a))
        return RangeKind::Whole;
    if (to.isEmpty())
        b = size - 1;
    else if (!parseNumber(to, &b) || b < a)
        return RangeKind::Whole;
    if (a >= size)
        return RangeKind::Unsatisfiable;
    *first = a;
    *last = std::min(b, size - 1);
    return RangeKind::Part;
}

// Opens `relative` (plain names joined by '/') beneath `folder` for
// reading, following no symbolic link on the way; -1 for anything that is
// not a regular file there. openat2's RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS
// where the kernel has it (5.6), else the same walk one name at a time.
int openBeneath(const QString &folder, const QString &relative)
{
    const int root
        = ::open(QFile::encodeName(folder).constData(), O_PATH | O_DIRECTORY | O_CLOEXEC);
    if (root < 0)
        return -1;
    const QByteArray path = QFile::encodeName(relative);
    open_how how {};
    how.flags = O_RDONLY | O_NOFOLLOW | O_CLOEXEC;
    how.resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS;
    int fd = int(::syscall(SYS_openat2, root, path.constData(), &how, sizeof how));
    if (fd < 0 && errno == ENOSYS) {
        const QList<QByteArray> names = path.split('/');
        int dir = ::dup(root);
        for (qsizetype i = 0; dir >= 0 && i + 1 < names.size(); ++i) {
            const int below = ::openat(
                dir, names[i].constData(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
            ::close(dir);
            dir = below;
        }
        fd = dir < 0 ? -1
                     : ::openat(dir, names.last().constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (dir >= 0)
            ::close(dir);
    }
    ::close(root);
    struct stat info
    {
    };
    if (fd >= 0 && (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))) {
        ::close(fd);
        fd = -1;
    }
    return fd;
}

// Connections the process can hold: each takes a socket and a file, and
// the rest of serve keeps some descriptors for itself.
int connectionsWithinDescriptors(int wanted)
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return wanted;
    const qint64 room = (qint64(limit.rlim_cur) - 256) / 2;
    return int(std::clamp<qint64>(room, 1, wanted));
}

QString addressText(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace

class WebSeedServer::Worker : public QObject
{
public:
    explicit Worker(WebSeedServer *owner)
        : m_owner(owner)
        , m_resume(new QTimer(this))
        , m_delivery(new QTimer(this))
    {
        m_resume->setInterval(kResumeTickMs);
        connect(m_resume, &QTimer::timeout, this, &Worker::resumeHeld);
        m_delivery->setInterval(kDeliveredTickMs);
        connect(m_delivery, &QTimer::timeout, this, &Worker::checkDelivered);
        m_clock.start();
    }

    int idleTimeout = 30000;
    int headerTimeout = 10000;
    int maxConnections = 512;
    int maxPerAddress = 32;
    int repeatPause = 1000;

    bool listen(const QHostAddress &address, quint16 port, const QHash<QString, Torrent> &torrents,
        quint16 *boundPort, QString *error)
    {
        close();
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &Worker::accept);
        if (!m_server->listen(address, port)) {
            *error = m_server->errorString();
            delete m_server;
            m_server = nullptr;
            return false;
        }
        m_torrents = torrents;
        QHash<QString, QSet<QString>> files;
        for (auto it = torrents.cbegin(); it != torrents.cend(); ++it)
            files.insert(it.key(), it->files);
        m_schedule.setTorrents(files);
        QHash<QString, int> pieces;
        for (auto it = torrents.cbegin(); it != torrents.cend(); ++it) {
            if (servesPieces(*it))
                pieces.insert(it.key(), it->pieces);
        }
        m_pieces.setTorrents(pieces);
        m_descriptorBound = connectionsWithinDescriptors(1 << 20);
        {
            QMutexLocker lock(&m_mutex);
            m_counters = {};
        }
        *boundPort = m_server->serverPort();
        return true;
    }

    void close()
    {
        for (auto &[socket, connection] : m_connections) {
            release(*connection);
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
        m_connections.clear();
        for (const Delivery &delivery : m_deliveries)
            m_pieces.done(delivery.torrent, delivery.pieces, m_clock.elapsed());
        m_deliveries.clear();
        m_delivery->stop();
        m_resume->stop();
        m_freshHint = nullptr;
        delete m_server;
        m_server = nullptr;
    }

    WebSeedCounters counters() const
    {
        QMutexLocker lock(&m_mutex);
        return m_counters;
    }

    void setWaveGap(int milliseconds)
    {
        m_schedule.setWaveGap(milliseconds);
        m_pieces.setWaveGap(milliseconds);
    }
    void setArrivalPause(int milliseconds) { m_pieces.setArrivalPause(milliseconds); }
    qint64 scheduleMemory() const { return m_schedule.memoryBytes() + m_pieces.memoryBytes(); }
    int answersOnTheirWay() const { return int(m_deliveries.size()); }

private:
    // A part of a served file, as whole pieces span files.
    struct Segment
    {
        int file = 0; // in the torrent's order
        qint64 offset = 0;
        qint64 length = 0;
    };

    struct Connection
    {
        QString client;
        QByteArray buffer; // received, not yet parsed
        QFile file; // the file being sent
        qint64 remaining = 0; // of its bytes still to queue
        std::vector<Segment> segments; // parts of files to send after it (whole pieces)
        QList<int> handed; // the pieces of the response being sent, while it is
        QString torrent;
        bool closeAfter = false;
        bool sending = false;
        int marks = -1; // the file's handle in m_schedule
        bool held = false; // holds back a chunk sent before (see pump)
        QElapsedTimer lastRepeat; // when it last sent a chunk sent before
        QElapsedTimer waiting; // since the response first held back a repeat
        QTimer *idle = nullptr; // a child of the socket, so it goes with it
        // From a request's first byte to its whole head, however slowly it
        // trickles in; not restarted by each byte as the idle timer is.
        QTimer *head = nullptr;
    };

    void accept()
    {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, kSendBuffer);
            auto connection = std::make_unique<Connection>();
            connection->client = addressText(socket->peerAddress());
            connection->idle = new QTimer(socket);
            connection->idle->setSingleShot(true);
            connection->idle->setInterval(idleTimeout);
            connect(connection->idle, &QTimer::timeout, socket, [socket] { socket->abort(); });
            connection->head = new QTimer(socket);
            connection->head->setSingleShot(true);
            connection->head->setInterval(headerTimeout);
            connect(connection->head, &QTimer::timeout, socket, [socket] { socket->abort(); });
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readable(socket); });
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { pump(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (const auto it = m_connections.find(socket); it != m_connections.end())
                    release(*it->second);
                m_connections.erase(socket);
                if (m_freshHint == socket)
                    m_freshHint = nullptr;
                socket->deleteLater();
            });
            Connection &c = *connection;
            const int fromAddress = 1
                + int(std::count_if(m_connections.begin(), m_connections.end(),
                    [&c](const auto &entry) { return entry.second->client == c.client; }));
            m_connections[socket] = std::move(connection);
            c.idle->start();
            c.head->start();
            if (int(m_connections.size()) > std::min(maxConnections, m_descriptorBound))
                fail(socket, c, 503, QStringLiteral("Too many connections; try again shortly."));
            else if (fromAddress > maxPerAddress)
                fail(socket, c, 503,
                    QStringLiteral("Too many connections from %1; try again shortly.")
                        .arg(c.client));
        }
    }

    // The socket's connection with its idle timer restarted, or null once it is gone.
    Connection *active(QTcpSocket *socket)
    {
        const auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return nullptr;
        it->second->idle->start();
        return it->second.get();
    }

    void readable(QTcpSocket *socket)
    {
        Connection *connection = active(socket);
        if (!connection)
            return;
        Connection &c = *connection;
        if (c.closeAfter) { // answered for the last time; what follows is not read
            socket->readAll();
            return;
        }
        c.buffer.append(socket->readAll());
        if (c.buffer.size() > kMaxBuffered) {
            // An error now would land in the middle of the body being sent.
            if (c.sending) {
                Q_EMIT m_owner->requestRejected(socket->peerAddress(), 431,
                    QStringLiteral(
                        "More than 64 KiB of requests piled up behind a response; closed."));
                socket->abort();
            } else {
                fail(socket, c, 431, QStringLiteral("The request is larger than 64 KiB."));
            }
            return;
        }
        if (!c.sending && !c.head->isActive() && !c.buffer.isEmpty())
            c.head->start();
        next(socket, c);
    }

    // Answers the next request in the buffer, if a whole one is there and no
    // response is still going out.
    void next(QTcpSocket *socket, Connection &c)
    {
        if (c.sending || c.closeAfter)
            return;
        qsizetype end = c.buffer.indexOf("\r\n\r\n");
        qsizetype separator = 4;
        const qsizetype bare = c.buffer.indexOf("\n\n");
        if (bare >= 0 && (end < 0 || bare < end)) {
            end = bare;
            separator = 2;
        }
        if (end < 0) {
            if (c.buffer.size() > HttpRequestParser::MaxHeaderBytes)
                fail(socket, c, 431, QStringLiteral("The request headers are larger than 8 KiB."));
            return;
        }
        HttpRequestParser parser;
        const HttpRequestParser::Status status = parser.feed(c.buffer.left(end + separator));
        c.buffer.remove(0, end + separator);
        c.head->stop();
        if (status == HttpRequestParser::Status::Failed) {
            fail(socket, c, parser.errorCode(), parser.errorMessage());
            return;
        }
        if (status != HttpRequestParser::Status::Complete) {
            fail(socket, c, 400, QStringLiteral("The web seed takes no request bodies."));
            return;
        }
        answer(socket, c, parser.request());
    }

    void answer(QTcpSocket *socket, Connection &c, const HttpRequest &request)
    {
        const QByteArray connection = request.headers.value("connection").toLower();
        c.closeAfter
            = request.version == "HTTP/1.0" ? connection != "keep-alive" : connection == "close";
        const bool head = request.method == "HEAD";
        if (!head && request.method != "GET") {
            fail(socket, c, 405, QStringLiteral("The web seed answers GET and HEAD only."),
                "Allow: GET, HEAD\r\n");
            return;
        }
        if (request.path().startsWith(QLatin1String(PiecePath))) {
            answerPieces(socket, c, request);
            return;
        }
        QString torrent;
        QString relative;
        const QString shownPath = plainText(request.path(), 200);
        const int fd = openFile(request.path(), &torrent, &relative);
        if (fd < 0) {
            fail(socket, c, 404,
                QStringLiteral("%1 is not a file of a served torrent.").arg(shownPath));
            return;
        }
        if (!c.file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            fail(socket, c, 404,
                QStringLiteral("%1 cannot be read: %2.").arg(shownPath, c.file.errorString()));
            return;
        }
        const qint64 size = c.file.size();
        qint64 first = 0;
        qint64 last = size - 1;
        int code = 200;
        QByteArray extra;
        switch (parseRange(request.headers.value("range"), size, &first, &last)) {
        case RangeKind::Whole:
            break;
        case RangeKind::Part:
            code = 206;
            extra = "Content-Range: bytes " + QByteArray::number(first) + '-'
                + QByteArray::number(last) + '/' + QByteArray::number(size) + "\r\n";
            break;
        case RangeKind::Unsatisfiable:
            c.file.close();
            fail(socket, c, 416, QStringLiteral("The range is outside %1.").arg(shownPath),
                "Content-Range: bytes */" + QByteArray::number(size) + "\r\n");
            return;
        }
        const qint64 length = size == 0 ? 0 : last - first + 1;
        socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + httpReasonPhrase(code)
            + "\r\nContent-Type: application/octet-stream\r\nAccept-Ranges: "
              "bytes\r\nContent-Length: "
            + QByteArray::number(length) + "\r\n" + extra
            + (c.closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n") + "\r\n");
        if (head || length == 0 || !c.file.seek(first)) {
            c.file.close();
            finish(socket, c);
            return;
        }
        c.torrent = torrent;
        c.remaining = length;
        c.sending = true;
        c.marks = m_schedule.begin(torrent, relative, size, m_clock.elapsed());
        c.waiting.invalidate();
        pump(socket);
    }

    // Keeps about kQueued bytes of the file waiting on the socket.
    void pump(QTcpSocket *socket)
    {
        Connection *connection = active(socket);
        if (!connection)
            return;
        Connection &c = *connection;
        c.held = false;
        if (!c.sending)
            return;
        while ((c.remaining > 0 || !c.segments.empty()) && socket->bytesToWrite() < kQueued) {
            if (c.remaining == 0 && !openSegment(c)) {
                socket->abort(); // a file changed under us: the client checks and asks again
                return;
            }
            const qint64 position = c.file.pos();
            const bool repeat = m_schedule.isSent(c.marks, position);
            if (repeat) {
                // Fresh first: while another connection has a chunk the web
                // seed never sent in this wave, this one sends a chunk sent
                // before only once per repeatPause. The host's link then
                // carries new data, which the clients trade on. A response
                // waits so at most repeatPause in all: a client's request
                // holds its pieces for the web seed alone (1 MiB for btfetch,
                // 32 chunks), so a repeat is delayed, never trickled out.
                const bool mayWait = !c.waiting.isValid() || c.waiting.elapsed() < repeatPause;
                if (mayWait && c.lastRepeat.isValid() && c.lastRepeat.elapsed() < repeatPause
                    && otherHasFresh(socket)) {
                    if (!c.waiting.isValid())
                        c.waiting.start();
                    c.held = true;
                    if (!m_resume->isActive())
                        m_resume->start();
                    break;
                }
                c.lastRepeat.start();
            }
            const QByteArray data = c.file.read(std::min(kChunk - position % kChunk, c.remaining));
            if (data.isEmpty()) { // the file shrank or broke under us
                socket->abort();
                return;
            }
            m_schedule.markSent(c.marks, position, data.size(), m_clock.elapsed());
            socket->write(data);
            c.remaining -= data.size();
            QMutexLocker lock(&m_mutex);
            m_counters.bytes[c.torrent][c.client] += data.size();
            if (repeat)
                m_counters.repeated[c.torrent] += data.size();
        }
        if (c.remaining == 0 && c.segments.empty()) {
            awaitDelivery(socket, c);
            c.sending = false;
            c.file.close();
            finish(socket, c);
        }
    }

    void finish(QTcpSocket *socket, Connection &c)
    {
        if (c.closeAfter) {
            socket->disconnectFromHost();
            return;
        }
        if (!c.buffer.isEmpty())
            c.head->start(); // the next request has begun
        next(socket, c);
    }

    void fail(QTcpSocket *socket, Connection &c, int code, const QString &reason,
        const QByteArray &extra = {})
    {
        const QByteArray body = reason.toUtf8() + '\n';
        socket->write("HTTP/1.1 " + QByteArray::number(code) + ' ' + httpReasonPhrase(code)
            + "\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n" + extra + "Connection: close\r\n\r\n"
            + body);
        c.closeAfter = true;
        c.sending = false;
        Q_EMIT m_owner->requestRejected(socket->peerAddress(), code, reason);
        socket->disconnectFromHost();
    }

    static bool servesPieces(const Torrent &torrent)
    {
        return torrent.pieceLength > 0 && torrent.pieces > 0
            && torrent.order.size() == torrent.sizes.size() && !torrent.order.isEmpty();
    }

    // GET /.bt-piece/<torrent>?have=<hex bitfield>[&held=<count>]: whole
    // pieces the client lacks, chosen by the host (WebSeedPieces), or 204
    // when there are none. held= (the pieces the client holds itself) gives
    // its pace; other parameters are ignored.
    void answerPieces(QTcpSocket *socket, Connection &c, const HttpRequest &request)
    {
        const QString name = request.path().mid(qsizetype(sizeof PiecePath) - 1);
        const auto found = m_torrents.constFind(name);
        if (found == m_torrents.constEnd() || !servesPieces(*found)) {
            fail(socket, c, 404,
                QStringLiteral("%1 is not a torrent served by piece.")
                    .arg(plainText(request.path(), 200)));
            return;
        }
        if (request.method != "GET") {
            fail(
                socket, c, 405, QStringLiteral("Pieces are asked for with GET."), "Allow: GET\r\n");
            return;
        }
        const Torrent &torrent = *found;
        const qsizetype digits = (torrent.pieces + 7) / 8 * 2;
        const QString query = request.query();
        QByteArray hex;
        int held = -1;
        for (const QStringView parameter : QStringView(query).split(u'&')) {
            if (parameter.startsWith(u"have=")) {
                hex = parameter.mid(5).toLatin1();
            } else if (parameter.startsWith(u"held=")) {
                bool number = false;
                const int value = parameter.mid(5).toInt(&number);
                held = number && value >= 0 && value <= torrent.pieces ? value : -1;
            }
        }
        const bool isHex = std::all_of(hex.cbegin(), hex.cend(), [](char ch) {
            return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
        });
        if (hex.size() != digits || !isHex) {
            fail(socket, c, 400,
                QStringLiteral("have= must be the bitfield of %1's %2 pieces in %3 hexadecimal "
                               "digits.")
                    .arg(name)
                    .arg(torrent.pieces)
                    .arg(digits));
            return;
        }
        const qint64 now = m_clock.elapsed();
        const int count = m_pieces.countFor(
            name, c.client, int(std::max<qint64>(1, PieceRequestBytes / torrent.pieceLength)), now);
        m_pieces.noteHeld(name, c.client, held, now);
        const WebSeedPieces::Handout handout = m_pieces.take(
            name, QByteArray::fromHex(hex), count, now, m_pieces.keepsUp(name, c.client, now));
        const QByteArray keepAlive
            = c.closeAfter ? "Connection: close\r\n" : "Connection: keep-alive\r\n";
        if (handout.pieces.isEmpty()) {
            socket->write("HTTP/1.1 204 No Content\r\nX-BT-Pieces: \r\n" + keepAlive + "\r\n");
            finish(socket, c);
            return;
        }
        qint64 total = 0;
        for (const qint64 size : torrent.sizes)
            total += size;
        c.segments.clear();
        QByteArray indices;
        qint64 length = 0;
        for (const int piece : handout.pieces) {
            const qint64 first = piece * torrent.pieceLength;
            const qint64 end = std::min(first + torrent.pieceLength, total);
            appendSegments(torrent, first, end, &c.segments);
            length += end - first;
            indices += (indices.isEmpty() ? "" : ",") + QByteArray::number(piece);
        }
        c.torrent = name;
        c.handed = handout.pieces;
        c.remaining = 0;
        c.file.close();
        if (!openSegment(c)) {
            c.segments.clear();
            release(c);
            fail(socket, c, 500,
                QStringLiteral("A file of %1 cannot be read or changed size; rebuild the "
                               "environment.")
                    .arg(name));
            return;
        }
        socket->write(
            "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
            + QByteArray::number(length) + "\r\nX-BT-Pieces: " + indices + "\r\n" + keepAlive
            + "\r\n");
        {
            QMutexLocker lock(&m_mutex);
            if (handout.repeats > 0)
                m_counters.repeated[name] += qint64(handout.repeats) * torrent.pieceLength;
        }
        c.sending = true;
        c.waiting.invalidate();
        pump(socket);
    }

    // An answer of whole pieces is queued whole: its pieces are on their way
    // until the client has acknowledged its last byte. From then on the
    // arrival pause counts (WebSeedPieces::done), whatever the link's rate:
    // on a slow link the bytes leave the host's socket buffer long before
    // they arrive.
    void awaitDelivery(QTcpSocket *socket, Connection &c)
    {
        if (c.handed.isEmpty())
            return;
        m_deliveries.push_back({ socket, c.torrent, c.handed });
        c.handed.clear();
        if (!m_delivery->isActive())
            m_delivery->start();
    }

    void checkDelivered()
    {
        const qint64 now = m_clock.elapsed();
        const auto delivered = [this, now](const Delivery &delivery) {
            QTcpSocket *socket = delivery.socket.data();
            int unacknowledged = 0;
            // A connection gone (or its kernel queue unreadable) holds nothing on its way.
            const bool arrived = !socket || socket->socketDescriptor() < 0
                || (socket->bytesToWrite() == 0
                    && (::ioctl(int(socket->socketDescriptor()), SIOCOUTQ, &unacknowledged) != 0
                        || unacknowledged == 0));
            if (arrived)
                m_pieces.done(delivery.torrent, delivery.pieces, now);
            return arrived;
        };
        m_deliveries.erase(std::remove_if(m_deliveries.begin(), m_deliveries.end(), delivered),
            m_deliveries.end());
        if (m_deliveries.empty())
            m_delivery->stop();
    }

    // The pieces a connection was sending are no longer on their way.
    void release(Connection &c)
    {
        if (!c.handed.isEmpty())
            m_pieces.done(c.torrent, c.handed, m_clock.elapsed());
        c.handed.clear();
    }

    // The parts of the torrent's files that bytes [first, end) of the whole
    // torrent are, merged where they follow on in one file.
    static void appendSegments(
        const Torrent &torrent, qint64 first, qint64 end, std::vector<Segment> *segments)
    {
        qint64 start = 0;
        for (int file = 0; file < torrent.sizes.size() && first < end; ++file) {
            const qint64 size = torrent.sizes[file];
            if (first < start + size) {
                const qint64 length = std::min(end, start + size) - first;
                if (!segments->empty() && segments->back().file == file
                    && segments->back().offset + segments->back().length == first - start)
                    segments->back().length += length;
                else
                    segments->push_back({ file, first - start, length });
                first += length;
            }
            start += size;
        }
    }

    // Opens the next segment of a piece response; false when its file is gone or no
    // longer the size the torrent gives.
    bool openSegment(Connection &c)
    {
        c.file.close();
        c.marks = -1;
        if (c.segments.empty())
            return false;
        const Segment segment = c.segments.front();
        c.segments.erase(c.segments.begin());
        const Torrent torrent = m_torrents.value(c.torrent);
        const int fd = openBeneath(torrent.folder, torrent.order.value(segment.file));
        if (fd < 0)
            return false;
        if (!c.file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return false;
        }
        if (c.file.size() != torrent.sizes.value(segment.file) || !c.file.seek(segment.offset))
            return false;
        c.remaining = segment.length;
        return true;
    }

    // The open file a request path names, or -1: /<torrent>/<path>, a file
    // the torrent lists, every part a plain name.
    int openFile(const QString &path, QString *torrent, QString *relativePath) const
    {
        if (!path.startsWith(QLatin1Char('/')))
            return -1;
        const QStringList parts = path.mid(1).split(QLatin1Char('/'));
        if (parts.size() < 2)
            return -1;
        for (const QString &part : parts) {
            if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String("..")
                || part.contains(QChar(0)))
                return -1;
        }
        const auto found = m_torrents.constFind(parts.first());
        const QString relative = parts.mid(1).join(QLatin1Char('/'));
        if (found == m_torrents.constEnd() || !found->files.contains(relative))
            return -1;
        *torrent = parts.first();
        *relativePath = relative;
        return openBeneath(found->folder, relative);
    }

    // Whether the next read of a connection other than `self` is a chunk not
    // sent in this wave. The connection found last time is asked first, so a
    // crowd of held connections costs one look each, not one per connection.
    bool otherHasFresh(const QTcpSocket *self)
    {
        auto fresh = [this](const Connection &c) {
            return c.sending && c.remaining > 0 && !m_schedule.isSent(c.marks, c.file.pos());
        };
        if (m_freshHint && m_freshHint != self) {
            const auto it = m_connections.find(m_freshHint);
            if (it != m_connections.end() && fresh(*it->second))
                return true;
        }
        for (const auto &[socket, connection] : m_connections) {
            if (socket != self && fresh(*connection)) {
                m_freshHint = socket;
                return true;
            }
        }
        return false;
    }

    // Lets held connections look again; the tick stops when none holds back.
    void resumeHeld()
    {
        std::vector<QTcpSocket *> held;
        for (const auto &[socket, connection] : m_connections) {
            if (connection->held)
                held.push_back(socket);
        }
        bool stillHeld = false;
        for (QTcpSocket *socket : held) {
            pump(socket); // may end the connection
            const auto it = m_connections.find(socket);
            stillHeld = stillHeld || (it != m_connections.end() && it->second->held);
        }
        if (!stillHeld)
            m_resume->stop();
    }

    // An answer of whole pieces queued whole, until its client acknowledged it.
    struct Delivery
    {
        QPointer<QTcpSocket> socket;
        QString torrent;
        QList<int> pieces;
    };

    WebSeedServer *m_owner;
    QTimer *m_resume; // runs while a connection holds back a repeat
    QTimer *m_delivery; // runs while an answer of whole pieces is on its way
    std::vector<Delivery> m_deliveries; // bounded by the sockets' send buffers
    QElapsedTimer m_clock; // the schedule's time
    WebSeedSchedule m_schedule;
    WebSeedPieces m_pieces;
    QTcpSocket *m_freshHint = nullptr; // a connection last seen with a fresh chunk
    QTcpServer *m_server = nullptr;
    QHash<QString, Torrent> m_torrents;
    int m_descriptorBound = 1 << 20; // set at listen()
    std::map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    mutable QMutex m_mutex;
    WebSeedCounters m_counters;
};

WebSeedServer::WebSeedServer(QObject *parent)
    : QObject(parent)
    , m_thread(std::make_unique<QThread>())
    , m_worker(new Worker(this))
{
    m_thread->setObjectName(QStringLiteral("web seed"));
    m_worker->moveToThread(m_thread.get());
    // The worker and its sockets are deleted on their own thread as it ends.
    connect(m_thread.get(), &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

WebSeedServer::~WebSeedServer()
{
    close();
    m_thread->quit();
    m_thread->wait();
}

bool WebSeedServer::listen(
    const QHostAddress &address, quint16 port, const QHash<QString, Torrent> &torrents)
{
    if (address.isNull() || address == QHostAddress(QHostAddress::Any)
        || address == QHostAddress(QHostAddress::AnyIPv4)
        || address == QHostAddress(QHostAddress::AnyIPv6)) {
        m_errorString = QStringLiteral(
            "The web seed must listen on the host's lab address, not on every address.");
        return false;
    }
    bool ok = false;
    quint16 bound = 0;
    QString error;
    QMetaObject::invokeMethod(
        m_worker, [&] { ok = m_worker->listen(address, port, torrents, &bound, &error); },
        Qt::BlockingQueuedConnection);
    m_port = ok ? bound : 0;
    m_errorString = ok ? QString()
                       : QStringLiteral("Cannot listen on %1:%2: %3.")
                             .arg(address.toString())
                             .arg(port)
                             .arg(error);
    return ok;
}

void WebSeedServer::close()
{
    if (m_port == 0)
        return;
    QMetaObject::invokeMethod(
        m_worker, [this] { m_worker->close(); }, Qt::BlockingQueuedConnection);
    m_port = 0;
}

WebSeedCounters WebSeedServer::counters() const { return m_worker->counters(); }

void WebSeedServer::setIdleTimeout(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, milliseconds] { m_worker->idleTimeout = milliseconds; });
}

void WebSeedServer::setMaxConnections(int count)
{
    QMetaObject::invokeMethod(m_worker, [this, count] { m_worker->maxConnections = count; });
}

void WebSeedServer::setHeaderTimeout(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, milliseconds] { m_worker->headerTimeout = milliseconds; });
}

void WebSeedServer::setRepeatPause(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, milliseconds] { m_worker->repeatPause = milliseconds; });
}

void WebSeedServer::setWaveGap(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, milliseconds] { m_worker->setWaveGap(milliseconds); });
}

void WebSeedServer::setArrivalPause(int milliseconds)
{
    QMetaObject::invokeMethod(
        m_worker, [this, milliseconds] { m_worker->setArrivalPause(milliseconds); });
}

// What `read` returns, read on the worker's thread (which owns the schedule).
template <typename Read> auto WebSeedServer::fromWorker(Read read) const
{
    decltype(read(*m_worker)) value {};
    QMetaObject::invokeMethod(
        m_worker, [this, &value, &read] { value = read(*m_worker); }, Qt::BlockingQueuedConnection);
    return value;
}

qint64 WebSeedServer::scheduleMemory() const
{
    return fromWorker([](const Worker &worker) { return worker.scheduleMemory(); });
}

int WebSeedServer::answersOnTheirWay() const
{
    return fromWorker([](const Worker &worker) { return worker.answersOnTheirWay(); });
}

void WebSeedServer::setMaxConnectionsPerAddress(int count)
{
    QMetaObject::invokeMethod(m_worker, [this, count] { m_worker->maxPerAddress = count; });
}

} // namespace bt
