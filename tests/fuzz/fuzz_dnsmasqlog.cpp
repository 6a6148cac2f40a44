// dnsmasq's log, as the server reads it. Every input is split into lines the
// way DnsmasqLogReader splits what it reads, and parsed with a fixed date, so
// an input replays alike on any day. Inputs longer than the reader's longest
// partial line (64 KiB) also go through the reader itself, from a file: only
// then do its read size (1 MiB) and its flushing of over-long lines matter,
// and a watched file costs milliseconds per input.
#include "dnsmasqlogreader.h"
#include "qtfuzzsupport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString logPath;

void readAsTheServerDoes(const QByteArray &bytes)
{
    {
        QFile file(logPath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(bytes) != bytes.size())
            qFatal("fuzz_dnsmasqlog: cannot write %s", qPrintable(logPath));
    }
    bt::DnsmasqLogReader reader(logPath);
    qsizetype events = 0;
    QObject::connect(&reader, &bt::DnsmasqLogReader::eventsRead, &reader,
        [&](const QList<bt::DnsmasqEvent> &read) { events += read.size(); });
    reader.start(bt::DnsmasqLogReader::StartAt::Beginning);
    // A log longer than one read is read on by a queued call.
    QCoreApplication::processEvents();
    reader.stop();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The reader's file watch and timers want an application object.
    logPath = btfuzz::startQt(argc, argv, "fuzz_dnsmasqlog") + QStringLiteral("/dnsmasq.log");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    static const QDateTime reference(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);
    QStringList lines;
    for (const QByteArray &line : bytes.split('\n'))
        lines << QString::fromUtf8(line);
    bt::DnsmasqLogReader reader(logPath); // not started: parseLines only
    (void)reader.parseLines(lines, reference);

    if (size > 64 * 1024)
        readAsTheServerDoes(bytes);
    return 0;
}
