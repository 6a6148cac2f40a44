#include "machinebook.h"

#include "macaddress.h"
#include "private/fieldreader.h"
#include "private/yamlfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

#include <sys/stat.h>
#include <unistd.h>

#include <map>

namespace bt {

namespace {

const char *const KnownKeys[]
    = { "mac", "name", "default_os", "timeout", "next_boot", "hostname", "last_seen" };

QString text(const YAML::Node &node)
{
    return node.IsDefined() && node.IsScalar() ? QString::fromStdString(node.Scalar()).trimmed()
                                               : QString();
}

QString dateText(const QDateTime &time) { return time.toUTC().toString(Qt::ISODate); }

// What the client acts on, in both files' key order.
void putClientChoices(YAML::Node map, const KnownMachine &machine)
{
    if (!machine.name.isEmpty())
        yamlfile::setString(map, "name", machine.name);
    if (!machine.defaultOs.isEmpty())
        yamlfile::setString(map, "default_os", machine.defaultOs);
    if (machine.timeout)
        yamlfile::setInt(map, "timeout", *machine.timeout);
    if (!machine.nextBoot.isEmpty())
        yamlfile::setString(map, "next_boot", machine.nextBoot);
}

// A name that a person can read on a dashboard and type after `wake`.
QString nameProblem(const QString &name)
{
    if (name.size() > MachineBook::MaxNameLength)
        return QCoreApplication::translate(
            "bt::MachineBook", "is longer than %1 characters; use a shorter name")
            .arg(MachineBook::MaxNameLength);
    for (const QChar c : name) {
        if (!c.isPrint())
            return QCoreApplication::translate("bt::MachineBook",
                "has a control character; use letters, digits, spaces and punctuation");
    }
    if (name != name.trimmed())
        return QCoreApplication::translate(
            "bt::MachineBook", "begins or ends with a space; remove it");
    if (normalizedMac(name))
        return QCoreApplication::translate(
            "bt::MachineBook", "reads as a MAC address; give the machine a name that does not");
    return {};
}

// The CSV fields of one line; quoted fields may hold commas and "" for ".
std::optional<QStringList> csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == QLatin1Char(',')) {
            fields << (wasQuoted ? field : field.trimmed());
            field.clear();
            wasQuoted = false;
        } else if (!wasQuoted) {
            field.append(c);
        } else if (!c.isSpace()) {
            return std::nullopt; // text after a closing quote
        }
    }
    if (quoted)
        return std::nullopt;
    fields << (wasQuoted ? field : field.trimmed());
    return fields;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && value == value.trimmed())
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

struct MachineBook::Data
{
    QList<KnownMachine> machines;
    Problems readProblems;
    // What the file held beyond the known keys, kept for save().
    YAML::Node root { YAML::NodeType::Map };
    std::map<QString, YAML::Node> entries; // by MAC

    Data() = default;
    Data(const Data &other)
        : machines(other.machines)
        , readProblems(other.readProblems)
        , root(YAML::Clone(other.root))
    {
        for (const auto &[mac, node] : other.entries)
            entries.emplace(mac, YAML::Clone(node));
    }

    void read(const YAML::Node &file)
    {
        const QString fileName = MachineBook::fileName();
        if (!file.IsMap()) {
            readProblems << Problem { fileName, {},
                QCoreApplication::translate(
                    "bt::MachineBook", "must be a mapping with a list `machines:`, %1")
                    .arg(describeValue(file)) };
            return;
        }
        root = YAML::Clone(file);
        const YAML::Node list = file["machines"];
        if (!list.IsDefined() || list.IsNull())
            return;
        if (!list.IsSequence()) {
            readProblems << Problem { fileName, QStringLiteral("machines"),
                QCoreApplication::translate("bt::MachineBook", "must be a list of machines, %1")
                    .arg(describeValue(list)) };
            return;
        }
        if (list.size() > std::size_t(MachineBook::MaxMachines)) {
            readProblems << Problem { fileName, QStringLiteral("machines"),
                QCoreApplication::translate(
                    "bt::MachineBook", "lists %1 machines; at most %2 are followed")
                    .arg(list.size())
                    .arg(MachineBook::MaxMachines) };
            return;
        }
        int index = 0;
        for (const YAML::Node &entry : list) {
            ++index;
            readEntry(entry, index);
        }
    }

    void readEntry(const YAML::Node &entry, int index)
    {
        const QString fileName = MachineBook::fileName();
        const QString at = QStringLiteral("machines[%1]").arg(index);
        if (!entry.IsMap()) {
            readProblems << Problem { fileName, at,
                QCoreApplication::translate(
                    "bt::MachineBook", "must be a mapping with at least `mac:`, %1")
                    .arg(describeValue(entry)) };
            return;
        }
        const YAML::Node macNode = entry["mac"];
        const auto mac = normalizedMac(text(macNode));
        if (!mac) {
            readProblems << Problem { fileName, at + QStringLiteral(".mac"),
                QCoreApplication::translate(
                    "bt::MachineBook", "must be a MAC address like 52:54:00:12:34:56, %1")
                    .arg(macNode.IsDefined()
                            ? describeValue(macNode)
                            : QCoreApplication::translate("bt::FieldReader", "got nothing")) };
            return;
        }
        if (entries.count(*mac)) {
            readProblems << Problem { fileName, at + QStringLiteral(".mac"),
                QCoreApplication::translate("bt::MachineBook", "%1 is listed twice; keep one entry")
                    .arg(*mac) };
            return;
        }
        FieldReader reader(fileName);
        const QString prefix = QStringLiteral("machines[%1].").arg(*mac);
        KnownMachine machine;
        machine.mac = *mac;
        reader.readString(entry, prefix, "name", machine.name);
        reader.readString(entry, prefix, "default_os", machine.defaultOs);
        reader.readString(entry, prefix, "next_boot", machine.nextBoot);
        reader.readString(entry, prefix, "hostname", machine.hostname);
        if (entry["timeout"].IsDefined() && !entry["timeout"].IsNull()) {
            int timeout = 0;
            const int before = reader.problems().size();
            reader.readInt(entry, prefix, "timeout", timeout,
                QLatin1String(QT_TRANSLATE_NOOP("bt::FieldReader", "a number of seconds")));
            if (reader.problems().size() == before)
                machine.timeout = timeout;
        }
        QString seen;
        reader.readString(entry, prefix, "last_seen", seen);
        if (!seen.isEmpty()) {
            machine.lastSeen = QDateTime::fromString(seen, Qt::ISODate);
            if (!machine.lastSeen.isValid())
                reader.addProblem(prefix + QStringLiteral("last_seen"),
                    QCoreApplication::translate("bt::MachineBook",
                        "must be a date like 2026-11-30T10:00:00Z, got \"%1\"; remove "
                        "it and serve writes it again")
                        .arg(seen.left(40)));
            machine.lastSeen = machine.lastSeen.toUTC();
        }
        readProblems += reader.problems();
        entries.emplace(*mac, YAML::Clone(entry));
        machines << machine;
    }

    YAML::Node entryNode(const KnownMachine &machine) const
    {
        YAML::Node out(YAML::NodeType::Map);
        out.SetStyle(YAML::EmitterStyle::Flow);
        yamlfile::setString(out, "mac", machine.mac);
        out["mac"].SetTag("!"); // a YAML 1.1 reader takes 12:34:56:... for a number
        putClientChoices(out, machine);
        if (!machine.hostname.isEmpty())
            yamlfile::setString(out, "hostname", machine.hostname);
        if (machine.lastSeen.isValid())
            yamlfile::setString(out, "last_seen", dateText(machine.lastSeen));
        const auto it = entries.find(machine.mac);
        if (it != entries.end()) {
            for (const auto &pair : it->second) {
                const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
                if (std::find(std::begin(KnownKeys), std::end(KnownKeys), key)
                    == std::end(KnownKeys))
                    out.force_insert(YAML::Clone(pair.first), YAML::Clone(pair.second));
            }
        }
        return out;
    }
};

QString MachineBook::fileName() { return QStringLiteral("machines.yaml"); }

MachineBook::MachineBook()
    : d(std::make_unique<Data>())
{
}

MachineBook::MachineBook(const MachineBook &other)
    : d(std::make_unique<Data>(*other.d))
{
}

MachineBook &MachineBook::operator=(const MachineBook &other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}

MachineBook::MachineBook(MachineBook &&) noexcept = default;
MachineBook &MachineBook::operator=(MachineBook &&) noexcept = default;
MachineBook::~MachineBook() = default;

QString MachineBook::pathIn(const QString &environmentDir)
{
    return QDir(environmentDir).filePath(fileName());
}

Result<MachineBook> MachineBook::load(const QString &file, const QStringList &osNames)
{
    MachineBook book;
    if (!QFileInfo::exists(file))
        return book;
    auto loaded = yamlfile::load(file, fileName());
    if (!loaded)
        return loaded.problems();
    book.d->read(loaded->node);
    Problems problems = book.d->readProblems;
    if (problems.isEmpty())
        problems = book.validate(osNames);
    if (!problems.isEmpty())
        return problems;
    return book;
}

Problems MachineBook::validate(const QStringList &osNames) const
{
    Problems problems = d->readProblems;
    const QString file = fileName();
    if (d->machines.size() > MaxMachines)
        problems << Problem { file, QStringLiteral("machines"),
            QCoreApplication::translate(
                "bt::MachineBook", "lists %1 machines; at most %2 are followed")
                .arg(d->machines.size())
                .arg(MaxMachines) };
    QHash<QString, QString> names; // lower-case name -> MAC
    for (const KnownMachine &machine : d->machines) {
        const QString at = QStringLiteral("machines[%1].").arg(machine.mac);
        if (!machine.name.isEmpty()) {
            const QString problem = nameProblem(machine.name);
            if (!problem.isEmpty())
                problems << Problem { file, at + QStringLiteral("name"), problem };
            const QString key = machine.name.toLower();
            if (names.contains(key))
                problems << Problem { file, at + QStringLiteral("name"),
                    QCoreApplication::translate("bt::MachineBook",
                        "\"%1\" is also the name of %2; give each machine its own name")
                        .arg(machine.name, names.value(key)) };
            else
                names.insert(key, machine.mac);
        }
        if (machine.timeout && (*machine.timeout < -1 || *machine.timeout > 86400))
            problems << Problem { file, at + QStringLiteral("timeout"),
                QCoreApplication::translate("bt::MachineBook",
                    "must be from -1 (wait for a choice) to 86400 seconds, got %1")
                    .arg(*machine.timeout) };
        if (!osNames.isEmpty()) {
            const auto checkOs = [&](const char *key, const QString &os) {
                if (!os.isEmpty() && !osNames.contains(os))
                    problems << Problem { file, at + QString::fromLatin1(key),
                        QCoreApplication::translate("bt::MachineBook",
                            "\"%1\" is not an OS of this environment (%2); name one of "
                            "them or remove the key")
                            .arg(os, osNames.join(QStringLiteral(", "))) };
            };
            checkOs("default_os", machine.defaultOs);
            checkOs("next_boot", machine.nextBoot);
        }
        if (machine.hostname.size() > 255)
            problems << Problem { file, at + QStringLiteral("hostname"),
                QCoreApplication::translate(
                    "bt::MachineBook", "is longer than 255 characters; remove it") };
    }
    return problems;
}

Problems MachineBook::save(const QString &path) const
{
    const Problems problems = validate();
    if (!problems.isEmpty())
        return problems;
    YAML::Node root = YAML::Clone(d->root);
    YAML::Node list(YAML::NodeType::Sequence);
    for (const KnownMachine &machine : d->machines)
        list.push_back(d->entryNode(machine));
    root["machines"] = list;
    const QByteArray text
        = QByteArrayLiteral("# The lab's machines. serve adds each machine that leases and "
                            "keeps last_seen;\n# name, default_os, timeout (seconds) and "
                            "next_boot (one boot without the menu)\n# are yours to set. "
                            "Keys of your own are kept.\n")
        + yamlfile::toText(root);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return { Problem { fileName(), {},
            QCoreApplication::translate("bt::MachineBook", "cannot be written: %1")
                .arg(file.errorString()) } };
    // serve runs as root; the folder's owner keeps editing the file.
    struct stat folder
    {
    };
    const QString folderPath = QFileInfo(path).absolutePath();
    if (::geteuid() == 0 && ::stat(QFile::encodeName(folderPath).constData(), &folder) == 0
        && folder.st_uid != 0) {
        if (::chown(QFile::encodeName(path).constData(), folder.st_uid, folder.st_gid) != 0)
            return { Problem { fileName(), {},
                QCoreApplication::translate(
                    "bt::MachineBook", "was written but cannot be given to the folder's owner: %1")
                    .arg(QString::fromLocal8Bit(strerror(errno))) } };
    }
    return {};
}

Problems MachineBook::update(const QString &file, const QStringList &osNames,
    const std::function<bool(MachineBook &)> &change)
{
    const QFileInfo info(file);
    QLockFile lock(
        info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".lock"));
    if (!lock.tryLock(5000))
        return { Problem { fileName(), {},
            QCoreApplication::translate("bt::MachineBook",
                "is being written by another program for more than 5 s; try again") } };
    auto book = load(file, osNames);
    if (!book)
        return book.problems();
    if (!change(book.value()))
        return {};
    if (Problems problems = book->validate(osNames); !problems.isEmpty())
        return problems;
    return book->save(file);
}

const QList<KnownMachine> &MachineBook::machines() const { return d->machines; }

const KnownMachine *MachineBook::find(const QString &mac) const
{
    const auto key = normalizedMac(mac);
    if (!key)
        return nullptr;
    for (const KnownMachine &machine : d->machines) {
        if (machine.mac == *key)
            return &machine;
    }
    return nullptr;
}

const KnownMachine *MachineBook::findByNameOrMac(const QString &nameOrMac) const
{
    if (const KnownMachine *byMac = find(nameOrMac))
        return byMac;
    for (const KnownMachine &machine : d->machines) {
        if (!machine.name.isEmpty() && machine.name.compare(nameOrMac, Qt::CaseInsensitive) == 0)
            return &machine;
    }
    return nullptr;
}

bool MachineBook::nameIsFree(const QString &name, const QString &mac) const
{
    if (name.isEmpty() || !nameProblem(name).isEmpty())
        return false;
    return std::none_of(d->machines.cbegin(), d->machines.cend(), [&](const KnownMachine &other) {
        return other.mac != mac && other.name.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void MachineBook::put(const KnownMachine &machine)
{
    for (KnownMachine &existing : d->machines) {
        if (existing.mac == machine.mac) {
            existing = machine;
            return;
        }
    }
    d->machines << machine;
}

bool MachineBook::remove(const QString &mac)
{
    d->entries.erase(mac);
    return d->machines.removeIf([&](const KnownMachine &m) { return m.mac == mac; }) > 0;
}

Result<QList<KnownMachine>> MachineBook::parseCsv(const QByteArray &bytes, const QString &file)
{
    Problems problems;
    QList<KnownMachine> rows;
    QSet<QString> macs;
    const QString content = QString::fromUtf8(bytes);
    const QStringList lines = content.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (i == 0 && line.startsWith(QChar(0xfeff)))
            line.remove(0, 1);
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        const QString where = QCoreApplication::translate("bt::MachineBook", "line %1").arg(i + 1);
        const auto fields = csvFields(line);
        if (!fields || fields->size() > 3) {
            problems << Problem { file, where,
                QCoreApplication::translate("bt::MachineBook",
                    "must be mac,name,default_os (quote a field that holds a comma)") };
            continue;
        }
        if (rows.isEmpty() && problems.isEmpty()
            && fields->at(0).compare(QStringLiteral("mac"), Qt::CaseInsensitive) == 0)
            continue; // the header
        const auto mac = normalizedMac(fields->at(0));
        if (!mac) {
            problems << Problem { file, where,
                QCoreApplication::translate("bt::MachineBook",
                    "the first field must be a MAC address like 52:54:00:12:34:56") };
            continue;
        }
        if (macs.contains(*mac)) {
            problems << Problem { file, where,
                QCoreApplication::translate("bt::MachineBook", "%1 is listed twice; keep one line")
                    .arg(*mac) };
            continue;
        }
        macs.insert(*mac);
        KnownMachine row;
        row.mac = *mac;
        row.name = fields->value(1).trimmed();
        row.defaultOs = fields->value(2).trimmed();
        if (!row.name.isEmpty()) {
            const QString problem = nameProblem(row.name);
            if (!problem.isEmpty()) {
                problems << Problem { file, where,
                    QCoreApplication::translate("bt::MachineBook", "the name %1").arg(problem) };
                continue;
            }
        }
        rows << row;
        if (rows.size() > MaxMachines) {
            problems << Problem { file, where,
                QCoreApplication::translate(
                    "bt::MachineBook", "more than %1 machines; split the file")
                    .arg(MaxMachines) };
            break;
        }
    }
    if (!problems.isEmpty())
        return problems;
    return rows;
}

void MachineBook::import(const QList<KnownMachine> &rows)
{
    for (const KnownMachine &row : rows) {
        KnownMachine machine;
        if (const KnownMachine *known = find(row.mac))
            machine = *known;
        machine.mac = row.mac;
        machine.name = row.name;
        machine.defaultOs = row.defaultOs;
        put(machine);
    }
}

QByteArray MachineBook::toCsv() const
{
    QByteArray out = QByteArrayLiteral("mac,name,default_os\n");
    for (const KnownMachine &machine : d->machines)
        out += QStringLiteral("%1,%2,%3\n")
                   .arg(machine.mac, csvField(machine.name), csvField(machine.defaultOs))
                   .toUtf8();
    return out;
}

QByteArray MachineBook::clientSection() const
{
    YAML::Node section(YAML::NodeType::Map);
    for (const KnownMachine &machine : d->machines) {
        if (!machine.hasClientSettings())
            continue;
        YAML::Node entry(YAML::NodeType::Map);
        entry.SetStyle(YAML::EmitterStyle::Flow);
        putClientChoices(entry, machine);
        YAML::Node key(machine.mac.toStdString());
        key.SetTag("!");
        section.force_insert(key, entry);
    }
    if (section.size() == 0)
        return {};
    YAML::Node root(YAML::NodeType::Map);
    root["machines"] = section;
    return yamlfile::toText(root);
}

} // namespace bt
