#include "machinerecorder.h"

#include "builder/clientmachines.h"
#include "builder/outlayout.h"
#include "clientregistry.h"
#include "environment/macaddress.h"
#include "jsonfields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTimer>

#include <algorithm>

namespace bt {

namespace {

// A DHCP host name comes from the network: letters, digits, '-', '_' and '.'
// are kept, at most 63 of them.
QString printableHostname(const QString &hostname)
{
    QString out;
    for (const QChar c : hostname) {
        if (out.size() == MachineBook::MaxNameLength)
            break;
        if (c.unicode() < 128
            && (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_')
                || c == QLatin1Char('.')))
            out.append(c);
    }
    return out;
}

} // namespace

MachineRecorder::MachineRecorder(ClientRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_soon(new QTimer(this))
    , m_lastSeen(new QTimer(this))
    , m_watch(new QTimer(this))
{
    m_soon->setSingleShot(true);
    m_soon->setInterval(1000);
    m_lastSeen->setSingleShot(true);
    m_lastSeen->setInterval(60000);
    m_watch->setInterval(2000);
    connect(m_soon, &QTimer::timeout, this, &MachineRecorder::flush);
    connect(m_lastSeen, &QTimer::timeout, this, &MachineRecorder::flush);
    connect(m_watch, &QTimer::timeout, this, &MachineRecorder::checkFile);
    connect(m_registry, &ClientRegistry::clientsChanged, this, &MachineRecorder::onClientsChanged);
}

void MachineRecorder::setIntervals(int soonMs, int lastSeenMs, int watchMs)
{
    m_soon->setInterval(soonMs);
    m_lastSeen->setInterval(lastSeenMs);
    m_watch->setInterval(watchMs);
}

QStringList MachineRecorder::osNames() const
{
    QStringList names;
    for (const OsConfig &os : m_env.oss())
        names << os.name;
    return names;
}

void MachineRecorder::start(const Environment &env, const QString &bookFile)
{
    m_env = env;
    m_bookFile = bookFile.isEmpty() ? MachineBook::pathIn(env.dir()) : bookFile;
    m_running = true;
    m_lastProblem.clear();
    reload();
    m_watch->start();
}

void MachineRecorder::stop()
{
    if (!m_running)
        return;
    flush();
    m_running = false;
    m_watch->stop();
    m_soon->stop();
    m_lastSeen->stop();
}

void MachineRecorder::onClientsChanged(const QList<QString> &macs)
{
    if (!m_running)
        return;
    bool soon = false;
    for (const QString &mac : macs) {
        const auto record = m_registry->client(mac);
        if (!record)
            continue;
        const KnownMachine *known = m_book.find(mac);
        if (!known && !m_seen.contains(mac))
            soon = true;
        m_seen.insert(mac,
            record->lastSeen.isValid() ? record->lastSeen.toUTC()
                                       : QDateTime::currentDateTimeUtc());
        const QString hostname = printableHostname(record->hostname);
        if (!hostname.isEmpty() && (!known || known->hostname != hostname)) {
            m_hostnames.insert(mac, hostname);
            soon = soon || !known;
        }
        if (known && !known->nextBoot.isEmpty() && record->state == ClientState::Booted
            && !m_booted.contains(mac)) {
            m_booted.insert(mac);
            soon = true;
        }
    }
    if (soon && !m_soon->isActive())
        m_soon->start();
    if (!m_seen.isEmpty() && !m_lastSeen->isActive())
        m_lastSeen->start();
}

void MachineRecorder::flush()
{
    m_soon->stop();
    m_lastSeen->stop();
    if (!m_running || (m_seen.isEmpty() && m_booted.isEmpty()))
        return;
    QStringList added;
    QStringList cleared;
    const Problems problems = MachineBook::update(m_bookFile, osNames(), [&](MachineBook &book) {
        for (auto it = m_seen.constBegin(); it != m_seen.constEnd(); ++it) {
            KnownMachine machine;
            if (const KnownMachine *known = book.find(it.key())) {
                machine = *known;
            } else {
                machine.mac = it.key();
                added << it.key();
                // Named after its DHCP host name when no other machine has it.
                const QString hostname = m_hostnames.value(it.key());
                if (book.nameIsFree(hostname, machine.mac))
                    machine.name = hostname;
            }
            machine.lastSeen = it.value();
            if (m_hostnames.contains(it.key()))
                machine.hostname = m_hostnames.value(it.key());
            if (m_booted.contains(it.key()) && !machine.nextBoot.isEmpty()) {
                machine.nextBoot.clear();
                cleared << it.key();
            }
            book.put(machine);
        }
        return true;
    });
    if (!problems.isEmpty()) {
        const QString text
            = QCoreApplication::translate("bt::MachineRecorder", "Machines are not remembered: %1")
                  .arg(toString(problems));
        if (text != m_lastProblem)
            Q_EMIT note(text, true);
        m_lastProblem = text;
        // Kept for the next try, once the file is fixed.
        return;
    }
    m_lastProblem.clear();
    m_seen.clear();
    m_hostnames.clear();
    m_booted.clear();
    if (!added.isEmpty())
        Q_EMIT note(
            QCoreApplication::translate("bt::MachineRecorder",
                "machines.yaml: %n new machine(s) remembered: %1", nullptr, int(added.size()))
                .arg(added.join(QStringLiteral(", "))),
            false);
    for (const QString &mac : std::as_const(cleared))
        Q_EMIT note(QCoreApplication::translate("bt::MachineRecorder",
                        "%1 booted its next-boot OS; it shows the menu again from now on")
                        .arg(mac),
            false);
    reload();
}

void MachineRecorder::checkFile()
{
    const QFileInfo info(m_bookFile);
    const QDateTime time = info.exists() ? info.lastModified() : QDateTime();
    const qint64 size = info.exists() ? info.size() : -1;
    if (time == m_fileTime && size == m_fileSize)
        return;
    reload();
}

void MachineRecorder::reload()
{
    const QFileInfo info(m_bookFile);
    m_fileTime = info.exists() ? info.lastModified() : QDateTime();
    m_fileSize = info.exists() ? info.size() : -1;
    auto book = MachineBook::load(m_bookFile, osNames());
    if (!book) {
        const QString text = QCoreApplication::translate(
            "bt::MachineRecorder", "%1 is not used until it is fixed: %2")
                                 .arg(MachineBook::fileName(), toString(book.problems()));
        if (text != m_lastProblem)
            Q_EMIT note(text, true);
        m_lastProblem = text;
        return;
    }
    m_lastProblem.clear();
    const bool changed = !(book->machines() == m_book.machines());
    m_book = std::move(book.value());
    refreshClients();
    if (changed)
        Q_EMIT machinesChanged();
}

void MachineRecorder::refreshClients()
{
    bool changed = false;
    const Problems problems = refreshClientMachines(
        QDir(m_env.dir()).filePath(QStringLiteral("out")), m_env, m_book, &changed);
    if (!problems.isEmpty())
        Q_EMIT note(QCoreApplication::translate("bt::MachineRecorder",
                        "The clients do not get the machines' OS choices: %1")
                        .arg(toString(problems)),
            true);
    else if (changed)
        Q_EMIT note(QCoreApplication::translate(
                        "bt::MachineRecorder", "torrents.gz now carries the machines' OS choices"),
            false);
}

QJsonObject MachineRecorder::machineToJson(const KnownMachine &machine)
{
    QJsonObject object {
        { QStringLiteral("mac"), machine.mac },
        { QStringLiteral("name"), machine.name },
        { QStringLiteral("defaultOs"), machine.defaultOs },
        { QStringLiteral("nextBoot"), machine.nextBoot },
        { QStringLiteral("hostname"), machine.hostname },
        { QStringLiteral("lastSeen"),
            machine.lastSeen.isValid() ? machine.lastSeen.toUTC().toString(Qt::ISODate)
                                       : QString() },
    };
    if (machine.timeout)
        object.insert(QStringLiteral("timeout"), *machine.timeout);
    return object;
}

std::optional<KnownMachine> MachineRecorder::machineFromJson(const QJsonObject &o)
{
    const auto mac = normalizedMac(jsonfields::text(o, QLatin1StringView("mac"), 17));
    if (!mac)
        return std::nullopt;
    KnownMachine machine;
    machine.mac = *mac;
    machine.name = jsonfields::text(o, QLatin1StringView("name"), MachineBook::MaxNameLength);
    machine.defaultOs = jsonfields::text(o, QLatin1StringView("defaultOs"), 255);
    machine.nextBoot = jsonfields::text(o, QLatin1StringView("nextBoot"), 255);
    machine.hostname = jsonfields::text(o, QLatin1StringView("hostname"), 255);
    const QJsonValue timeout = o.value(QLatin1StringView("timeout"));
    if (timeout.isDouble())
        machine.timeout = int(std::clamp(timeout.toDouble(), -1.0, 86400.0));
    machine.lastSeen = QDateTime::fromString(
        jsonfields::text(o, QLatin1StringView("lastSeen"), 64), Qt::ISODate);
    return machine;
}

QJsonObject MachineRecorder::toJson() const { return toJsonOf(m_book); }

QJsonObject MachineRecorder::toJsonOf(const MachineBook &book)
{
    QJsonArray machines;
    for (const KnownMachine &machine : book.machines())
        machines.append(machineToJson(machine));
    return { { QStringLiteral("machines"), machines } };
}

} // namespace bt
