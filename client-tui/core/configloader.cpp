#include "configloader.h"

#include "ipv4address.h"
#include "printabletext.h"

#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

namespace bt::tui {

namespace {

struct ConfigError
{
    std::string text;
};

Outcome<std::string> readFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Outcome<std::string>::failure(path + ": cannot read: " + std::strerror(errno));
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return Outcome<std::string>::success(buffer.str());
}

// Whether the document stays small once its aliases are expanded
// ("billion laughs": nine nested aliases in 1 KB make hundreds of MB).
bool withinBudget(const YAML::Node &node, long &budget, int depth)
{
    if (--budget < 0 || depth > 64)
        return false;
    if (node.IsSequence()) {
        for (const YAML::Node &child : node)
            if (!withinBudget(child, budget, depth + 1))
                return false;
    } else if (node.IsMap()) {
        for (const auto &entry : node)
            if (!withinBudget(entry.first, budget, depth + 1)
                || !withinBudget(entry.second, budget, depth + 1))
                return false;
    }
    return true;
}

// yaml-cpp throws on bad input; the throw stays inside this file and leaves as a ConfigError.
YAML::Node parseDocument(const std::string &text, const std::string &file)
{
    try {
        YAML::Node node = YAML::Load(text);
        long budget = 100000;
        if (!withinBudget(node, budget, 0))
            throw ConfigError { file
                + ": too complex (over 100000 values once aliases are expanded, or nested "
                  "deeper than 64)" };
        return node;
    } catch (const YAML::Exception &e) {
        std::string message = file + ": malformed YAML";
        if (!e.mark.is_null())
            message += " at line " + std::to_string(e.mark.line + 1) + ", column "
                + std::to_string(e.mark.column + 1);
        throw ConfigError { message + ": " + e.msg };
    }
}

class Reader
{
public:
    Reader(std::string file)
        : m_file(std::move(file))
    {
    }

    [[noreturn]] void fail(const std::string &key, const std::string &what) const
    {
        throw ConfigError { m_file + ": " + key + ": " + what };
    }

    YAML::Node section(const YAML::Node &parent, const std::string &key, bool required) const
    {
        YAML::Node node = parent[key];
        if (!node || node.IsNull()) {
            if (required)
                fail(key, "missing");
            return YAML::Node(YAML::NodeType::Map);
        }
        if (!node.IsMap())
            fail(key, "expected a mapping");
        return node;
    }

    std::string text(const YAML::Node &parent, const std::string &path, const std::string &key,
        const std::string &fallback, bool required = false) const
    {
        YAML::Node node = parent[key];
        if (!node || node.IsNull()) {
            if (required)
                fail(path + key, "missing");
            return fallback;
        }
        if (!node.IsScalar())
            fail(path + key, "expected a single value");
        return node.Scalar();
    }

    int integer(const YAML::Node &parent, const std::string &path, const std::string &key,
        int fallback, int minimum, int maximum) const
    {
        YAML::Node node = parent[key];
        if (!node || node.IsNull())
            return fallback;
        if (!node.IsScalar())
            fail(path + key, "expected a whole number");
        const std::string raw = node.Scalar();
        std::size_t used = 0;
        long value = 0;
        try {
            value = std::stol(raw, &used, 10);
        } catch (const std::exception &) {
            used = 0;
        }
        if (used == 0 || used != raw.size())
            fail(path + key, "expected a whole number, got '" + raw + "'");
        if (value < minimum || value > maximum)
            fail(path + key,
                "must be between " + std::to_string(minimum) + " and " + std::to_string(maximum)
                    + ", got " + raw);
        return static_cast<int>(value);
    }

    bool boolean(const YAML::Node &parent, const std::string &path, const std::string &key,
        bool fallback) const
    {
        YAML::Node node = parent[key];
        if (!node || node.IsNull())
            return fallback;
        if (node.IsScalar()) {
            const std::string &raw = node.Scalar();
            if (raw == "true" || raw == "True" || raw == "TRUE" || raw == "yes" || raw == "on")
                return true;
            if (raw == "false" || raw == "False" || raw == "FALSE" || raw == "no" || raw == "off")
                return false;
        }
        fail(path + key, "expected true or false");
    }

    struct Key
    {
        const YAML::Node &parent;
        const char *path;
        const char *name;
    };

    // A switch that moved to another section: read where it is now, else where environments of
    // the original format keep it; both saying different things is an error naming both.
    bool renamedBoolean(const Key &current, const Key &original, bool fallback) const
    {
        const auto present = [](const Key &key) {
            const YAML::Node node = key.parent[key.name];
            return node && !node.IsNull();
        };
        if (!present(current))
            return boolean(original.parent, original.path, original.name, fallback);
        const bool value = boolean(current.parent, current.path, current.name, fallback);
        if (present(original)
            && boolean(original.parent, original.path, original.name, fallback) != value)
            fail(std::string(current.path) + current.name,
                std::string("is ") + (value ? "true" : "false") + ", but " + original.path
                    + original.name + " (its original name) is " + (value ? "false" : "true")
                    + "; keep only " + current.path + current.name);
        return value;
    }

private:
    std::string m_file;
};

bool isSafeFolderName(const std::string &name)
{
    return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos
        && name.find('\0') == std::string::npos;
}

ClientSettings readSettings(const YAML::Node &document, const std::string &file)
{
    const Reader reader(file);
    if (!document.IsMap())
        throw ConfigError { file + ": expected a mapping with a 'boottorrent' section" };

    ClientSettings settings;
    const YAML::Node boottorrent = reader.section(document, "boottorrent", true);
    const std::string bt = "boottorrent.";
    settings.timeout = reader.integer(boottorrent, bt, "timeout", settings.timeout, -1, 86400);
    settings.defaultOs = reader.text(boottorrent, bt, "default_os", "");
    settings.seedTime
        = reader.integer(boottorrent, bt, "seed_time", settings.seedTime, 0, 86400 * 7);
    settings.hostIp = reader.text(boottorrent, bt, "host_ip", "", true);
    if (!Ipv4Address::parse(settings.hostIp))
        reader.fail(
            bt + "host_ip", "expected a numeric IPv4 address, got '" + settings.hostIp + "'");
    settings.statusPort
        = reader.integer(boottorrent, bt, "status_port", settings.statusPort, 1, 65535);

    const YAML::Node client = reader.section(document, "client", false);
    const YAML::Node aria2 = reader.section(document, "aria2", false);
    // btfetch is the one engine. aria2, the engine before it, is no longer in Phase-1: an
    // environment written when it was still there gets btfetch, as the host reads it.
    const std::string engine = reader.text(client, "client.", "engine", "libtorrent");
    if (engine != "libtorrent" && engine != "aria2")
        reader.fail(
            "client.engine", "expected libtorrent, got '" + PrintableText::sanitized(engine) + "'");
    settings.peerExchange = reader.renamedBoolean({ client, "client.", "peer_exchange" },
        { aria2, "aria2.", "enable_peer_exchange" }, settings.peerExchange);
    settings.localPeerDiscovery
        = reader.renamedBoolean({ client, "client.", "local_peer_discovery" },
            { aria2, "aria2.", "bt_enable_lpd" }, settings.localPeerDiscovery);

    const YAML::Node tracker = reader.section(document, "opentracker", false);
    settings.trackerEnabled
        = reader.boolean(tracker, "opentracker.", "enable", settings.trackerEnabled);
    settings.trackerPort
        = reader.integer(tracker, "opentracker.", "port", settings.trackerPort, 1, 65535);
    return settings;
}

// "52:54:00:12:34:56" in any case, as lower case; empty when the text is no such MAC.
std::string canonicalMac(const std::string &text)
{
    if (text.size() != 17)
        return {};
    std::string mac;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i % 3 == 2) {
            if (c != ':')
                return {};
            mac += c;
        } else if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) {
            mac += c;
        } else if (c >= 'A' && c <= 'F') {
            mac += static_cast<char>(c - 'A' + 'a');
        } else {
            return {};
        }
    }
    return mac;
}

constexpr std::size_t maxMachines = 4096;
constexpr std::size_t maxMachineNameLength = 63;

MachineEntry readMachine(const Reader &reader, const std::string &path, const YAML::Node &node)
{
    MachineEntry machine;
    if (!node || node.IsNull())
        return machine;
    if (!node.IsMap())
        reader.fail(path, "expected a mapping with name, default_os, timeout or next_boot");
    const std::string prefix = path + ".";
    machine.name = PrintableText::sanitized(reader.text(node, prefix, "name", ""));
    if (PrintableText::length(machine.name) > maxMachineNameLength)
        reader.fail(
            prefix + "name", "longer than " + std::to_string(maxMachineNameLength) + " characters");
    machine.defaultOs = reader.text(node, prefix, "default_os", "");
    const YAML::Node timeout = node["timeout"];
    if (timeout && !timeout.IsNull())
        machine.timeout = reader.integer(node, prefix, "timeout", 0, -1, 86400);
    machine.nextBoot = reader.text(node, prefix, "next_boot", "");
    return machine;
}

// The optional per-machine section; other keys inside an entry are left for newer clients.
std::map<std::string, MachineEntry> readMachines(
    const YAML::Node &document, const std::string &file)
{
    const Reader reader(file);
    std::map<std::string, MachineEntry> machines;
    const YAML::Node section = reader.section(document, "machines", false);
    if (section.size() > maxMachines)
        reader.fail("machines",
            "more than " + std::to_string(maxMachines) + " entries ("
                + std::to_string(section.size()) + ")");
    for (const auto &item : section) {
        if (!item.first.IsScalar())
            reader.fail("machines", "every key must be a MAC address such as 52:54:00:12:34:56");
        const std::string key = item.first.Scalar();
        const std::string path = "machines." + PrintableText::sanitized(key);
        const std::string mac = canonicalMac(key);
        if (mac.empty())
            reader.fail(
                path, "not a MAC address (expected six hex pairs such as 52:54:00:12:34:56)");
        if (machines.count(mac))
            reader.fail(path, "the same MAC as another entry (" + mac + ")");
        machines.emplace(mac, readMachine(reader, path, item.second));
    }
    return machines;
}

OsEntry readOs(const Reader &reader, const std::string &name, const YAML::Node &node)
{
    if (!isSafeFolderName(name))
        reader.fail(name, "not a usable folder name");
    if (!node.IsMap())
        reader.fail(name, "expected a mapping with dispname and method");

    const std::string path = name + ".";
    OsEntry os;
    os.name = name;
    os.dispname = reader.text(node, path, "dispname", name);
    os.method = reader.text(node, path, "method", "", true);
    os.kernel = reader.text(node, path, "kernel", "");
    os.initrd = reader.text(node, path, "initrd", "");
    os.cmdline = reader.text(node, path, "cmdline", "");
    os.args = reader.text(node, path, "args", "");
    os.bin = reader.text(node, path, "bin", "");
    os.binargs = reader.text(node, path, "binargs", "");
    os.display = reader.text(node, path, "display", os.display);

    if (os.method == "kexec") {
        if (os.kernel.empty())
            reader.fail(path + "kernel", "missing (method kexec needs a kernel file)");
    } else if (os.method == "bin") {
        if (os.bin.empty())
            reader.fail(path + "bin", "missing (method bin needs a program file)");
    } else if (os.method != "bin-qemu-x86_64") {
        reader.fail(
            path + "method", "expected kexec, bin-qemu-x86_64 or bin, got '" + os.method + "'");
    }
    if (os.display.empty())
        reader.fail(path + "display", "must not be empty");
    return os;
}

std::vector<OsEntry> readOss(const std::string &text, const std::string &file)
{
    const Reader reader(file);
    const YAML::Node document = parseDocument(text, file);
    if (!document.IsMap() || document.size() == 0)
        throw ConfigError { file + ": expected a mapping of OS folder names to their settings" };
    std::vector<OsEntry> oss;
    for (const auto &item : document) {
        if (!item.first.IsScalar())
            throw ConfigError { file + ": every key must be an OS folder name" };
        oss.push_back(readOs(reader, item.first.Scalar(), item.second));
    }
    return oss;
}

} // namespace

Outcome<ClientConfig> ConfigLoader::load(const std::string &root)
{
    const std::string boottorrentPath = root + "/Boottorrent.yaml";
    const std::string configsPath = root + "/configs.yaml";
    const Outcome<std::string> boottorrent = readFile(boottorrentPath);
    if (!boottorrent)
        return Outcome<ClientConfig>::failure(boottorrent.error());
    const Outcome<std::string> configs = readFile(configsPath);
    if (!configs)
        return Outcome<ClientConfig>::failure(configs.error());
    return parse(boottorrent.value(), configs.value(), root);
}

Outcome<ClientConfig> ConfigLoader::parse(
    const std::string &boottorrentText, const std::string &configsText, const std::string &root)
{
    const std::string boottorrentPath = root + "/Boottorrent.yaml";
    const std::string configsPath = root + "/configs.yaml";
    try {
        ClientConfig config;
        config.root = root;
        const YAML::Node boottorrent = parseDocument(boottorrentText, boottorrentPath);
        config.settings = readSettings(boottorrent, boottorrentPath);
        config.machines = readMachines(boottorrent, boottorrentPath);
        config.oss = readOss(configsText, configsPath);
        const auto requireOs = [&](const std::string &key, const std::string &name) {
            if (!name.empty() && !config.find(name))
                throw ConfigError { boottorrentPath + ": " + key + ": '"
                    + PrintableText::sanitized(name) + "' is not an OS in configs.yaml" };
        };
        requireOs("boottorrent.default_os", config.settings.defaultOs);
        for (const auto &[mac, machine] : config.machines) {
            requireOs("machines." + mac + ".default_os", machine.defaultOs);
            requireOs("machines." + mac + ".next_boot", machine.nextBoot);
        }
        return Outcome<ClientConfig>::success(std::move(config));
    } catch (const ConfigError &e) {
        return Outcome<ClientConfig>::failure(e.text);
    } catch (const YAML::Exception &e) {
        return Outcome<ClientConfig>::failure(
            boottorrentPath + " / " + configsPath + ": " + e.what());
    }
}

} // namespace bt::tui
