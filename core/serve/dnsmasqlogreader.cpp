#include "dnsmasqlogreader.h"

#include "private/filewatch.h"

#include "environment/macaddress.h"

#include "clientfirmware.h"
#include <QTimer>

#include <QRegularExpression>

#include <sys/stat.h>

namespace bt {

namespace {

// Bounds one read so a huge backlog cannot stall the event loop; the rest
// follows on the next turn of the loop.
constexpr qint64 MaxBytesPerRead = 1024 * 1024;
constexpr qsizetype MaxPartialLine = 64 * 1024;
constexpr qsizetype MaxRememberedTransactions = 4096;

QDateTime parseSyslogTime(QStringView prefix, const QDateTime &reference)
{
    static const QStringList months = { QStringLiteral("Jan"), QStringLiteral("Feb"),
        QStringLiteral("Mar"), QStringLiteral("Apr"), QStringLiteral("May"), QStringLiteral("Jun"),
        QStringLiteral("Jul"), QStringLiteral("Aug"), QStringLiteral("Sep"), QStringLiteral("Oct"),
        QStringLiteral("Nov"), QStringLiteral("Dec") };
    const QList<QStringView> parts = prefix.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 3)
        return {};
    const int month = int(months.indexOf(parts.at(0).toString())) + 1;
    bool dayOk = false;
    const int day = parts.at(1).toInt(&dayOk);
    const QTime time = QTime::fromString(parts.at(2).toString(), QStringLiteral("HH:mm:ss"));
    if (month < 1 || !dayOk || !time.isValid())
        return {};
    // A time stamp more than a day ahead of now was written last year.
    int year = reference.date().year();
    QDateTime result(QDate(year, month, day), time);
    if (result.isValid() && result > reference.addDays(1))
        result = QDateTime(QDate(year - 1, month, day), time);
    return result;
}

bool looksLikeIpv4(QStringView text)
{
    const QList<QStringView> parts = text.split(QLatin1Char('.'));
    if (parts.size() != 4)
        return false;
    for (QStringView part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255)
            return false;
    }
    return true;
}

QString baseName(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return path.mid(slash + 1).toString();
}

std::optional<DnsmasqEvent> parseDhcp(QStringView message, DnsmasqEvent event)
{
    // "[xid ]TYPE(iface) [ip ]mac[ rest]" or "[xid ]vendor class: ..."
    qsizetype space = message.indexOf(QLatin1Char(' '));
    if (space > 0) {
        bool ok = false;
        const quint32 xid = message.left(space).toUInt(&ok);
        if (ok) {
            event.xid = xid;
            message = message.mid(space + 1);
        }
    }
    static const QString vendorPrefix = QStringLiteral("vendor class: ");
    if (message.startsWith(vendorPrefix)) {
        event.kind = DnsmasqEvent::Kind::VendorClass;
        event.detail = message.mid(vendorPrefix.size()).trimmed().toString();
        return event;
    }
    static const QRegularExpression packet(QStringLiteral("^(DHCP[A-Z]+|PXE)\\(([^)]*)\\) ?(.*)$"));
    const QRegularExpressionMatch match = packet.match(message.toString());
    if (!match.hasMatch())
        return std::nullopt;
    static const QHash<QString, DnsmasqEvent::Kind> kinds = {
        { QStringLiteral("DHCPDISCOVER"), DnsmasqEvent::Kind::Discover },
        { QStringLiteral("DHCPOFFER"), DnsmasqEvent::Kind::Offer },
        { QStringLiteral("DHCPREQUEST"), DnsmasqEvent::Kind::Request },
        { QStringLiteral("DHCPACK"), DnsmasqEvent::Kind::Ack },
        { QStringLiteral("DHCPNAK"), DnsmasqEvent::Kind::Nak },
        { QStringLiteral("PXE"), DnsmasqEvent::Kind::Pxe },
    };
    const auto kind = kinds.constFind(match.captured(1));
    if (kind == kinds.constEnd())
        return std::nullopt; // DHCPINFORM, DHCPRELEASE, ... say nothing about booting
    event.kind = *kind;
    event.interface = match.captured(2);

    QString rest = match.captured(3).trimmed();
    QStringList words = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && looksLikeIpv4(words.first()))
        event.ip = words.takeFirst();
    if (words.isEmpty())
        return std::nullopt; // no hardware address: nothing to key the event by
    const QString hardware = words.takeFirst();
    event.mac = normalizedMac(hardware).value_or(hardware.toLower());
    const QString tail = words.join(QLatin1Char(' '));
    switch (event.kind) {
    case DnsmasqEvent::Kind::Ack:
        event.hostname = tail;
        break;
    case DnsmasqEvent::Kind::Pxe:
        // The boot-server answer names the loader; the first answer says "proxy".
        if (!event.ip.isEmpty() && !tail.isEmpty())
            event.file = baseName(tail);
        event.detail = tail;
        break;
    default:
        event.detail = tail;
        break;
    }
    return event;
}

std::optional<DnsmasqEvent> parseTftp(QStringView message, DnsmasqEvent event)
{
    static const QString sent = QStringLiteral("sent ");
    static const QString failed = QStringLiteral("failed sending ");
    static const QString file = QStringLiteral("file ");
    static const QString error = QStringLiteral("error ");
    static const QString to = QStringLiteral(" to ");

    if (message.startsWith(sent) || message.startsWith(failed)) {
        const bool ok = message.startsWith(sent);
        message = message.mid(ok ? sent.size() : failed.size());
        const qsizetype toAt = message.lastIndexOf(to);
        if (toAt < 0)
            return std::nullopt;
        event.kind = ok ? DnsmasqEvent::Kind::TftpSent : DnsmasqEvent::Kind::TftpError;
        event.file = baseName(message.left(toAt));
        event.ip = message.mid(toAt + to.size()).trimmed().toString();
        if (!ok)
            event.detail = QStringLiteral("transfer failed");
        return event;
    }
    if (message.startsWith(file)) {
        // "file /x not found for 1.2.3.4" (2.90) or "file /x not found" (older)
        static const QString notFound = QStringLiteral(" not found");
        const qsizetype at = message.lastIndexOf(notFound);
        if (at < 0)
            return std::nullopt;
        event.kind = DnsmasqEvent::Kind::TftpError;
        event.file = baseName(message.mid(file.size(), at - file.size()));
        event.detail = QStringLiteral("file not found");
        static const QString forPrefix = QStringLiteral(" not found for ");
        if (message.mid(at).startsWith(forPrefix))
            event.ip = message.mid(at + forPrefix.size()).trimmed().toString();
        return event;
    }
    if (message.startsWith(error)) {
        // "error 8 User aborted the transfer received from 1.2.3.4"
        static const QString receivedFrom = QStringLiteral(" received from ");
        const qsizetype at = message.lastIndexOf(receivedFrom);
        if (at < 0)
            return std::nullopt;
        QStringView body = message.mid(error.size(), at - error.size());
        const qsizetype space = body.indexOf(QLatin1Char(' '));
        const QStringView code = space < 0 ? body : body.left(space);
        const QStringView text = space < 0 ? QStringView() : body.mid(space + 1);
        event.kind = DnsmasqEvent::Kind::TftpError;
        event.ip = message.mid(at + receivedFrom.size()).trimmed().toString();
        event.detail = QStringLiteral("%1 (TFTP error %2)").arg(text.toString(), code.toString());
        return event;
    }
    return std::nullopt;
}

} // namespace

DnsmasqLogReader::DnsmasqLogReader(const QString &logPath, QObject *parent)
    : QObject(parent)
    , m_path(logPath)
    , m_watch(new FileWatch(logPath, 1000, this))
{
    connect(m_watch, &FileWatch::changed, this, &DnsmasqLogReader::readNow);
}

DnsmasqLogReader::~DnsmasqLogReader() = default;

void DnsmasqLogReader::setPollInterval(int milliseconds) { m_watch->setPollInterval(milliseconds); }

void DnsmasqLogReader::start(StartAt startAt)
{
    stop();
    m_running = true;
    m_watch->start();
    reopenIfReplaced();
    if (startAt == StartAt::End && m_file.isOpen())
        m_position = m_file.size();
    readNow();
}

void DnsmasqLogReader::stop()
{
    m_running = false;
    m_watch->stop();
    m_file.close();
    m_position = 0;
    m_partial.clear();
}

bool DnsmasqLogReader::reopenIfReplaced()
{
    struct stat info
    {
    };
    const QByteArray path = QFile::encodeName(m_path);
    if (::stat(path.constData(), &info) != 0)
        return false;
    if (m_file.isOpen() && quint64(info.st_dev) == m_device && quint64(info.st_ino) == m_inode) {
        if (info.st_size < m_position) {
            // Truncated in place (copytruncate rotation or a restarted dnsmasq).
            m_position = 0;
            m_partial.clear();
        }
        return false;
    }
    m_file.close();
    m_file.setFileName(m_path);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return false;
    m_device = quint64(info.st_dev);
    m_inode = quint64(info.st_ino);
    m_position = 0;
    m_partial.clear();
    m_watch->watchFile();
    return true;
}

QStringList DnsmasqLogReader::readAvailableLines(bool flushPartialLine)
{
    QStringList lines;
    if (!m_file.isOpen())
        return lines;
    if (!m_file.seek(m_position))
        return lines;
    const QByteArray chunk = m_file.read(MaxBytesPerRead);
    m_position += chunk.size();
    m_partial.append(chunk);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_partial.indexOf('\n', start);
        if (newline < 0)
            break;
        lines.append(QString::fromUtf8(m_partial.constData() + start, newline - start));
        start = newline + 1;
    }
    m_partial.remove(0, start);
    if ((flushPartialLine && !m_partial.isEmpty()) || m_partial.size() > MaxPartialLine) {
        lines.append(QString::fromUtf8(m_partial));
        m_partial.clear();
    }
    if (chunk.size() == MaxBytesPerRead)
        QTimer::singleShot(0, this, &DnsmasqLogReader::readNow);
    return lines;
}

void DnsmasqLogReader::readNow()
{
    if (!m_running)
        return;
    QStringList lines;
    struct stat info
    {
    };
    const bool exists = ::stat(QFile::encodeName(m_path).constData(), &info) == 0;
    const bool replaced = m_file.isOpen()
        && (!exists || quint64(info.st_dev) != m_device || quint64(info.st_ino) != m_inode);
    if (replaced) {
        // Rotation renamed the file away: finish what the old one holds first.
        lines += readAvailableLines(true);
        m_file.close();
    }
    reopenIfReplaced();
    lines += readAvailableLines(false);
    deliver(lines);
}

void DnsmasqLogReader::deliver(const QStringList &lines)
{
    if (lines.isEmpty())
        return;
    Q_EMIT linesRead(lines);
    const QList<DnsmasqEvent> events = parseLines(lines);
    if (!events.isEmpty())
        Q_EMIT eventsRead(events);
}

std::optional<DnsmasqEvent> DnsmasqLogReader::parseLine(
    const QString &line, const QDateTime &reference)
{
    static const QString dhcpTag = QStringLiteral("dnsmasq-dhcp[");
    static const QString tftpTag = QStringLiteral("dnsmasq-tftp[");
    const bool dhcp = line.contains(dhcpTag);
    const qsizetype tagAt = line.indexOf(dhcp ? dhcpTag : tftpTag);
    if (tagAt < 0)
        return std::nullopt;
    const qsizetype messageAt = line.indexOf(QStringLiteral("]: "), tagAt);
    if (messageAt < 0)
        return std::nullopt;

    DnsmasqEvent event;
    event.time = parseSyslogTime(QStringView(line).left(tagAt), reference);
    if (!event.time.isValid())
        event.time = reference;
    const QStringView message = QStringView(line).mid(messageAt + 3);
    return dhcp ? parseDhcp(message, event) : parseTftp(message, event);
}

QList<DnsmasqEvent> DnsmasqLogReader::parseLines(
    const QStringList &lines, const QDateTime &reference)
{
    QList<DnsmasqEvent> events;
    for (const QString &line : lines) {
        std::optional<DnsmasqEvent> event = parseLine(line, reference);
        if (!event)
            continue;
        if (event->kind == DnsmasqEvent::Kind::VendorClass) {
            if (event->xid) {
                if (m_vendorClasses.size() >= MaxRememberedTransactions)
                    m_vendorClasses.clear();
                m_vendorClasses.insert(*event->xid, event->detail.left(64));
            }
            continue;
        }
        const QString vendorClass = event->xid ? m_vendorClasses.value(*event->xid) : QString();
        event->pxe = event->kind == DnsmasqEvent::Kind::Pxe
            || vendorClass.startsWith(QStringLiteral("PXEClient"));
        event->firmware = ClientFirmware::fromVendorClass(vendorClass);
        events.append(*event);
    }
    return events;
}

} // namespace bt
