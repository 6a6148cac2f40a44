#include "environment.h"

#include "private/fieldreader.h"
#include "private/osrules.h"
#include "private/settingsrules.h"
#include "private/skeleton.h"
#include "private/yamlfile.h"
#include "private/yamlpatcher.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <map>

namespace bt {

namespace {

const QString settingsFileName = QStringLiteral("Boottorrent.yaml");

QString osConfigFile(const QString &name) { return QStringLiteral("oss/%1/config.yaml").arg(name); }

QString absoluteDir(const QString &dir)
{
    return dir.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

// A YAML tree owned by one Environment. Copying clones it, so copies of an
// environment (e.g. the one a build thread works on) never share nodes.
class OwnedNode
{
public:
    OwnedNode()
        : node(YAML::NodeType::Map)
    {
    }
    explicit OwnedNode(const YAML::Node &n)
        : node(n)
    {
    }
    OwnedNode(const OwnedNode &other)
        : node(YAML::Clone(other.node))
    {
    }
    OwnedNode &operator=(const OwnedNode &other)
    {
        if (this != &other)
            node.reset(YAML::Clone(other.node));
        return *this;
    }
    YAML::Node node;
};

struct SettingsModel
{
    BootSettings boot;
    DnsmasqSettings dnsmasq;
    OpentrackerSettings opentracker;
    ClientSettings client;
    Aria2Settings aria2;
    AlertSettings alerts;
    bool operator==(const SettingsModel &) const = default;
};

const QString whole = QLatin1String(QT_TRANSLATE_NOOP("bt::FieldReader", "a whole number"));
const QString seconds
    = QLatin1String(QT_TRANSLATE_NOOP("bt::FieldReader", "a whole number of seconds"));
const QString port = QLatin1String(QT_TRANSLATE_NOOP("bt::FieldReader", "a port number (1-65535)"));
const QString percent
    = QLatin1String(QT_TRANSLATE_NOOP("bt::FieldReader", "a whole percentage (0-100)"));

// Every known key of Boottorrent.yaml in file order, visited on one or more
// models at once (reading fills one, saving compares two).
template <typename Visit, typename... Models> void visitSettings(Visit &&visit, Models &...m)
{
    visit("boottorrent", "version", whole, m.boot.version...);
    visit("boottorrent", "timeout", seconds, m.boot.timeout...);
    visit("boottorrent", "default_os", QString(), m.boot.defaultOs...);
    visit("boottorrent", "seed_time", seconds, m.boot.seedTime...);
    visit("boottorrent", "host_ip", QString(), m.boot.hostIp...);
    visit("boottorrent", "status_port", port, m.boot.statusPort...);
    visit("boottorrent", "web_seed_port", port, m.boot.webSeedPort...);
    visit("boottorrent", "admin_address", QString(), m.boot.adminAddress...);
    visit("boottorrent", "wake_per_second", whole, m.boot.wakePerSecond...);
    visit("dnsmasq", "enable_dhcp", QString(), m.dnsmasq.enableDhcp...);
    visit("dnsmasq", "proxy_dhcp", QString(), m.dnsmasq.proxyDhcp...);
    visit("dnsmasq", "site_names_host", QString(), m.dnsmasq.siteNamesHost...);
    visit("dnsmasq", "user", QString(), m.dnsmasq.user...);
    visit("dnsmasq", "interface", QString(), m.dnsmasq.interface...);
    visit("dnsmasq", "bind_interfaces", QString(), m.dnsmasq.bindInterfaces...);
    visit("dnsmasq", "dhcp_range", QString(), m.dnsmasq.dhcpRange...);
    visit("dnsmasq", "enable_tftp", QString(), m.dnsmasq.enableTftp...);
    visit("opentracker", "enable", QString(), m.opentracker.enable...);
    visit("opentracker", "port", port, m.opentracker.port...);
    visit("client", "engine", QString(), m.client.engine...);
    visit("client", "peer_exchange", QString(), m.client.peerExchange...);
    visit("client", "local_peer_discovery", QString(), m.client.localPeerDiscovery...);
    visit("aria2", "console_log_level", QString(), m.aria2.consoleLogLevel...);
    visit("aria2", "listen_port", port, m.aria2.listenPort...);
    visit("aria2", "rpc_port", port, m.aria2.rpcPort...);
    visit("alerts", "lease_to_boot_file", seconds, m.alerts.leaseToBootFile...);
    visit("alerts", "boot_file_to_phase1", seconds, m.alerts.bootFileToPhase1...);
    visit("alerts", "no_progress", seconds, m.alerts.noProgress...);
    visit("alerts", "no_progress_red", seconds, m.alerts.noProgressRed...);
    visit("alerts", "slow_percent", percent, m.alerts.slowPercent...);
    visit("alerts", "booting", seconds, m.alerts.booting...);
}

// The text keys of an OS config (method is handled on its own).
template <typename Visit, typename... Configs> void visitOsText(Visit &&visit, Configs &...c)
{
    visit("dispname", c.dispname...);
    visit("kernel", c.kernel...);
    visit("initrd", c.initrd...);
    visit("cmdline", c.cmdline...);
    visit("args", c.args...);
    visit("bin", c.bin...);
    visit("binargs", c.binargs...);
}

const char *const sectionNames[]
    = { "boottorrent", "dnsmasq", "opentracker", "client", "aria2", "alerts" };

// Settings of client: that older environments hold under aria2:, with
// aria2c's option names. Reading: the old key counts when the client: key
// is absent; both present with different values is a problem naming both.
// Saving: a value read from the old key stays there, byte for byte, while it
// is unchanged; once the administrator changes it (or it could not be read,
// or the two spellings disagreed and the section has been edited since), it
// is written under client: and the old key is removed. So an environment in
// the original format opens and saves unchanged, and BootTorrent never writes
// one setting under two names.
struct FormerKey
{
    const char *key; // in client:
    const char *formerKey; // in aria2:
    bool ClientSettings::*member;
    QString path() const { return QStringLiteral("client.") + QLatin1StringView(key); }
    QString formerPath() const { return QStringLiteral("aria2.") + QLatin1StringView(formerKey); }
};
const FormerKey formerKeys[] = {
    { "peer_exchange", "enable_peer_exchange", &ClientSettings::peerExchange },
    { "local_peer_discovery", "bt_enable_lpd", &ClientSettings::localPeerDiscovery },
};

// The section whose setter replaces a problem's value: a former key belongs
// to client:, the section its value lives in now.
QString ownerSection(const QString &keyPath)
{
    for (const FormerKey &former : formerKeys) {
        if (keyPath == former.formerPath())
            return QStringLiteral("client");
    }
    return keyPath.section(QLatin1Char('.'), 0, 0);
}

void put(YAML::Node map, const char *key, int value) { yamlfile::setInt(map, key, value); }

void put(YAML::Node map, const char *key, bool value) { yamlfile::setBool(map, key, value); }

void put(YAML::Node map, const char *key, const QString &value)
{
    yamlfile::setString(map, key, value);
}

// One OS as read from its config.yaml, or added with setOs.
struct OsState
{
    OwnedNode node;
    QByteArray text; // the config.yaml as read, patched on save to keep its comments
    std::optional<OsConfig> asRead; // nothing for an OS not read from a file
    QSet<QString> badKeys;
    Problems readProblems;
};

QStringList osFolders(const QString &dir)
{
    return QDir(dir + QStringLiteral("/oss"))
        .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

Problems writeFile(const QString &path, const QString &relative, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return { Problem { relative, {},
            QCoreApplication::translate("bt::Environment", "cannot be written: %1")
                .arg(file.errorString()) } };
    return {};
}

} // namespace

struct Environment::Data
{
    QString dir;
    QString readDir; // save() rewrites only changed files while dir is still this one
    SettingsModel settings;
    SettingsModel asRead;
    OwnedNode root;
    QByteArray settingsText; // Boottorrent.yaml as read, patched on save to keep its comments
    QSet<QString> badKeys;
    Problems readProblems; // values of the wrong type; cleared by the setter of their section
    QList<OsConfig> oss;
    std::map<QString, OsState> osStates;

    void readSettings(const YAML::Node &node, const QByteArray &text)
    {
        FieldReader reader(settingsFileName);
        std::map<std::string, YAML::Node> sections;
        for (const char *name : sectionNames)
            sections[name] = reader.section(node, name);
        SettingsModel model;
        visitSettings(
            [&](const char *section, const char *key, const QString &expected, auto &value) {
                const QString prefix = QString::fromLatin1(section) + QLatin1Char('.');
                using T = std::decay_t<decltype(value)>;
                if constexpr (std::is_same_v<T, int>)
                    reader.readInt(sections[section], prefix, key, value, expected);
                else if constexpr (std::is_same_v<T, bool>)
                    reader.readBool(sections[section], prefix, key, value);
                else
                    reader.readString(sections[section], prefix, key, value);
            },
            model);
        readFormerKeys(reader, sections["client"], sections["aria2"], model.client);
        if (model.client.engine == ClientEngine::Retired)
            model.client.engine = ClientEngine::Libtorrent;
        settings = asRead = model;
        root = OwnedNode(node);
        settingsText = text;
        badKeys = reader.badKeys();
        readProblems = reader.problems();
    }

    static void readFormerKeys(FieldReader &reader, const YAML::Node &client,
        const YAML::Node &aria2, ClientSettings &model)
    {
        for (const FormerKey &former : formerKeys) {
            if (!aria2[former.formerKey].IsDefined())
                continue;
            bool value = model.*former.member;
            const qsizetype problemsBefore = reader.problems().size();
            reader.readBool(aria2, QStringLiteral("aria2."), former.formerKey, value);
            if (reader.problems().size() != problemsBefore)
                continue;
            if (!client[former.key].IsDefined()) {
                model.*former.member = value;
            } else if (value != model.*former.member && !reader.badKeys().contains(former.path())) {
                const auto yesNo = [](bool flag) {
                    return flag ? QStringLiteral("true") : QStringLiteral("false");
                };
                reader.addProblem(former.path(),
                    QCoreApplication::translate("bt::Environment",
                        "is %1 but %2, its former name, is %3; delete %2 and keep the value you "
                        "want here")
                        .arg(yesNo(model.*former.member), former.formerPath(), yesNo(value)));
            }
        }
    }

    void readOs(const QString &name, const YAML::Node &node, const QByteArray &text)
    {
        FieldReader reader(osConfigFile(name));
        OsConfig os;
        os.name = name;
        visitOsText(
            [&](const char *key, QString &value) { reader.readString(node, {}, key, value); }, os);
        const YAML::Node dispname = node["dispname"];
        if (!dispname.IsDefined() || dispname.IsNull())
            os.dispname = name;
        const YAML::Node method = node["method"];
        const QString methods
            = QCoreApplication::translate("bt::Environment", "kexec, bin-qemu-x86_64 or bin");
        if (!method.IsDefined() || method.IsNull()) {
            reader.addProblem(QStringLiteral("method"),
                QCoreApplication::translate("bt::Environment", "missing; use %1").arg(methods));
        } else if (const auto parsed = method.IsScalar()
                ? bootMethodFromString(QString::fromStdString(method.Scalar()))
                : std::nullopt) {
            os.method = *parsed;
        } else {
            reader.addProblem(QStringLiteral("method"),
                QCoreApplication::translate("bt::Environment", "must be %1, %2")
                    .arg(methods, describeValue(method)));
        }
        oss << os;
        osStates[name] = OsState { OwnedNode(node), text, os, reader.badKeys(), reader.problems() };
    }

    YAML::Node settingsNode() const
    {
        YAML::Node out = YAML::Clone(root.node);
        for (const char *name : sectionNames) {
            if (badKeys.contains(QString::fromLatin1(name)))
                out[name] = YAML::Node(YAML::NodeType::Map);
        }
        auto section = [&](const char *name) {
            if (!out[name].IsMap())
                out[name] = YAML::Node(YAML::NodeType::Map);
            return out[name];
        };
        // Only values that changed (or could not be read) are written, so a
        // file keeps its own spelling and gains no keys it did not need.
        visitSettings(
            [&](const char *name, const char *key, const QString &, const auto &value,
                const auto &old) {
                const QString path
                    = QString::fromLatin1(name) + QLatin1Char('.') + QString::fromLatin1(key);
                if (value == old && !badKeys.contains(path))
                    return;
                put(section(name), key, value);
            },
            settings, asRead);
        for (const FormerKey &former : formerKeys) {
            const bool rewritten = settings.client.*former.member != asRead.client.*former.member
                || badKeys.contains(former.path()) || badKeys.contains(former.formerPath());
            // const: looking up adds no key. A missing key gives an invalid
            // node whose type cannot be asked, so IsDefined() comes first.
            const YAML::Node &lookup = out;
            const YAML::Node aria2 = lookup["aria2"];
            if (!rewritten || !aria2.IsDefined() || !aria2.IsMap()
                || !aria2[former.formerKey].IsDefined())
                continue;
            put(section("client"), former.key, settings.client.*former.member);
            out["aria2"].remove(former.formerKey);
        }
        return out;
    }

    YAML::Node osNode(const OsConfig &os) const
    {
        const auto it = osStates.find(os.name);
        if (it == osStates.end() || !it->second.asRead) {
            YAML::Node out(YAML::NodeType::Map);
            if (it != osStates.end())
                out = YAML::Clone(it->second.node.node);
            put(out, "dispname", os.dispname);
            put(out, "method", toString(os.method));
            visitOsText(
                [&](const char *key, const QString &value) {
                    if (!value.isEmpty() && qstrcmp(key, "dispname") != 0)
                        put(out, key, value);
                },
                os);
            return out;
        }
        const OsState &state = it->second;
        YAML::Node out = YAML::Clone(state.node.node);
        if (os.method != state.asRead->method || state.badKeys.contains(QStringLiteral("method")))
            put(out, "method", toString(os.method));
        visitOsText(
            [&](const char *key, const QString &value, const QString &old) {
                if (value != old || state.badKeys.contains(QString::fromLatin1(key)))
                    put(out, key, value);
            },
            os, *state.asRead);
        return out;
    }

    // The file text: the text as read with only the changed values replaced
    // when that is possible, the whole tree emitted otherwise.
    static QByteArray fileText(const QByteArray &asRead, const YAML::Node &node)
    {
        if (!asRead.isEmpty()) {
            if (const auto patched = patchYamlScalars(asRead, node))
                return *patched;
        }
        return yamlfile::toText(node);
    }

    QByteArray osText(const OsConfig &os) const
    {
        const auto it = osStates.find(os.name);
        return fileText(it == osStates.end() ? QByteArray() : it->second.text, osNode(os));
    }

    bool settingsChanged() const { return !(settings == asRead) || !badKeys.isEmpty(); }

    bool osChanged(const OsConfig &os) const
    {
        const auto it = osStates.find(os.name);
        return it == osStates.end() || !it->second.asRead || !(*it->second.asRead == os)
            || !it->second.badKeys.isEmpty();
    }

    void dropReadProblems(const QString &section)
    {
        readProblems.removeIf([&](const Problem &p) { return ownerSection(p.keyPath) == section; });
    }
};

Environment::Environment()
    : d(std::make_unique<Data>())
{
}

Environment::Environment(const Environment &other)
    : d(std::make_unique<Data>(*other.d))
{
}

Environment &Environment::operator=(const Environment &other)
{
    if (this != &other)
        d = std::make_unique<Data>(*other.d);
    return *this;
}

Environment::Environment(Environment &&) noexcept = default;
Environment &Environment::operator=(Environment &&) noexcept = default;
Environment::~Environment() = default;

Result<Environment> Environment::read(const QString &dir)
{
    Environment env;
    Data &d = *env.d;
    d.dir = d.readDir = absoluteDir(dir);
    const QString settingsPath = d.dir + QLatin1Char('/') + settingsFileName;
    if (!QFileInfo::exists(settingsPath))
        return Problem { settingsFileName, {},
            QCoreApplication::translate(
                "bt::Environment", "not found; run `boottorrent init %1` to create one")
                .arg(dir) };

    Problems malformed;
    const Result<yamlfile::LoadedFile> root = yamlfile::load(settingsPath, settingsFileName);
    if (root.ok())
        d.readSettings(root->node, root->text);
    else
        malformed << root.problems();
    for (const QString &name : osFolders(d.dir)) {
        const QString path = d.dir + QLatin1Char('/') + osConfigFile(name);
        if (!QFileInfo::exists(path))
            continue; // validate() names folders without a config
        const Result<yamlfile::LoadedFile> file = yamlfile::load(path, osConfigFile(name));
        if (file.ok())
            d.readOs(name, file->node, file->text);
        else
            malformed << file.problems();
    }
    if (!malformed.isEmpty())
        return malformed;
    return env;
}

Result<Environment> Environment::load(const QString &dir)
{
    Result<Environment> env = read(dir);
    if (!env.ok())
        return env;
    const Problems problems = env->validate();
    if (!problems.isEmpty())
        return problems;
    return env;
}

Problems Environment::init(const QString &dir)
{
    const QString path = QDir(dir).filePath(settingsFileName);
    if (QFileInfo::exists(path))
        return { Problem { settingsFileName, {},
            QCoreApplication::translate(
                "bt::Environment", "already exists in %1; init only creates new environments")
                .arg(dir) } };
    if (!QDir().mkpath(QDir(dir).filePath(QStringLiteral("oss"))))
        return { Problem { {}, {},
            QCoreApplication::translate("bt::Environment", "cannot create the folder %1/oss")
                .arg(dir) } };
    return writeFile(path, settingsFileName, skeletonBoottorrentYaml());
}

QString Environment::dir() const { return d->dir; }

void Environment::setDir(const QString &dir) { d->dir = absoluteDir(dir); }

const BootSettings &Environment::boot() const { return d->settings.boot; }

void Environment::setBoot(const BootSettings &boot)
{
    d->settings.boot = boot;
    d->dropReadProblems(QStringLiteral("boottorrent"));
}

const DnsmasqSettings &Environment::dnsmasq() const { return d->settings.dnsmasq; }

void Environment::setDnsmasq(const DnsmasqSettings &dnsmasq)
{
    d->settings.dnsmasq = dnsmasq;
    d->dropReadProblems(QStringLiteral("dnsmasq"));
}

const OpentrackerSettings &Environment::opentracker() const { return d->settings.opentracker; }

void Environment::setOpentracker(const OpentrackerSettings &opentracker)
{
    d->settings.opentracker = opentracker;
    d->dropReadProblems(QStringLiteral("opentracker"));
}

const AlertSettings &Environment::alerts() const { return d->settings.alerts; }

void Environment::setAlerts(const AlertSettings &alerts)
{
    d->settings.alerts = alerts;
    d->dropReadProblems(QStringLiteral("alerts"));
}

const ClientSettings &Environment::client() const { return d->settings.client; }

void Environment::setClient(const ClientSettings &client)
{
    d->settings.client = client;
    d->dropReadProblems(QStringLiteral("client"));
}

const Aria2Settings &Environment::aria2() const { return d->settings.aria2; }

void Environment::setAria2(const Aria2Settings &aria2)
{
    d->settings.aria2 = aria2;
    d->dropReadProblems(QStringLiteral("aria2"));
}

const QList<OsConfig> &Environment::oss() const { return d->oss; }

std::optional<OsConfig> Environment::os(const QString &name) const
{
    for (const OsConfig &config : d->oss) {
        if (config.name == name)
            return config;
    }
    return std::nullopt;
}

void Environment::setOs(const OsConfig &config)
{
    const auto it = std::lower_bound(d->oss.begin(), d->oss.end(), config.name,
        [](const OsConfig &os, const QString &name) { return os.name < name; });
    if (it != d->oss.end() && it->name == config.name)
        *it = config;
    else
        d->oss.insert(it, config);
    // The model's values replace whatever could not be read.
    d->osStates[config.name].readProblems.clear();
}

void Environment::removeOs(const QString &name)
{
    d->oss.removeIf([&](const OsConfig &os) { return os.name == name; });
    d->osStates.erase(name);
}

Problems Environment::validate() const
{
    if (d->dir.isEmpty())
        return { Problem { {}, {},
            QCoreApplication::translate(
                "bt::Environment", "the environment has no folder; choose one before saving") } };
    Problems problems = d->readProblems;
    QStringList names;
    for (const OsConfig &os : d->oss)
        names << os.name;
    problems << checkSettings(d->settings.boot, d->settings.dnsmasq, d->settings.opentracker,
        d->settings.client, d->settings.aria2, d->settings.alerts, names);
    for (const OsConfig &os : d->oss) {
        bool methodRead = true;
        if (const auto it = d->osStates.find(os.name); it != d->osStates.end()) {
            problems << it->second.readProblems;
            methodRead
                = std::none_of(it->second.readProblems.begin(), it->second.readProblems.end(),
                    [](const Problem &p) { return p.keyPath == QLatin1String("method"); });
        }
        problems << checkOs(os, osDir(os.name), methodRead);
    }
    for (const QString &folder : osFolders(d->dir)) {
        if (!names.contains(folder)
            && !QFileInfo::exists(d->dir + QLatin1Char('/') + osConfigFile(folder)))
            problems << Problem { QStringLiteral("oss/%1").arg(folder), {},
                QCoreApplication::translate("bt::Environment",
                    "has no config.yaml; add one with dispname and method, or remove the folder") };
    }
    return problems;
}

Problems Environment::save() const
{
    const Problems problems = validate();
    if (!problems.isEmpty())
        return problems;
    if (!QDir().mkpath(d->dir))
        return { Problem { {}, {},
            QCoreApplication::translate("bt::Environment", "cannot create the folder %1")
                .arg(d->dir) } };
    // Unchanged files are left alone so their comments survive; a save into
    // another folder writes everything.
    const bool sameDir = d->dir == d->readDir;
    const QString settingsPath = d->dir + QLatin1Char('/') + settingsFileName;
    Problems written;
    if (!sameDir || d->settingsChanged() || !QFileInfo::exists(settingsPath))
        written << writeFile(settingsPath, settingsFileName, boottorrentYaml());
    for (const OsConfig &os : d->oss) {
        const QString path = d->dir + QLatin1Char('/') + osConfigFile(os.name);
        if (sameDir && !d->osChanged(os) && QFileInfo::exists(path))
            continue;
        if (!QDir().mkpath(osDir(os.name))) {
            written << Problem { QStringLiteral("oss/%1").arg(os.name), {},
                QCoreApplication::translate("bt::Environment", "cannot be created") };
            continue;
        }
        written << writeFile(path, osConfigFile(os.name), d->osText(os));
    }
    return written;
}

QByteArray Environment::boottorrentYaml() const
{
    return Data::fileText(d->settingsText, d->settingsNode());
}

QByteArray Environment::configsYaml() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    for (const OsConfig &os : d->oss) {
        out << YAML::Key;
        if (yamlfile::needsQuotes(os.name))
            out << YAML::DoubleQuoted;
        out << os.name.toStdString() << YAML::Value;
        yamlfile::emitTo(out, d->osNode(os));
    }
    out << YAML::EndMap;
    return QByteArray(out.c_str(), qsizetype(out.size())) + '\n';
}

QString Environment::osDir(const QString &name) const
{
    return d->dir + QStringLiteral("/oss/") + name;
}

} // namespace bt
