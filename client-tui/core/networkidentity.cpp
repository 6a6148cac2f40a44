#include "networkidentity.h"

#include "ipv4address.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fstream>
#include <net/if.h>
#include <netinet/in.h>
#include <sstream>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace bt::tui {

namespace {

std::string readFirstLine(const std::string &path)
{
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r' || line.back() == ' '))
        line.pop_back();
    return line;
}

std::string readAll(const std::string &path)
{
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

bool isUp(const std::string &sysClassNet, const std::string &name)
{
    const std::string flags = readFirstLine(sysClassNet + "/" + name + "/flags");
    if (!flags.empty()) {
        try {
            return (std::stoul(flags, nullptr, 16) & IFF_UP) != 0;
        } catch (const std::exception &) {
        }
    }
    return readFirstLine(sysClassNet + "/" + name + "/operstate") == "up";
}

} // namespace

std::optional<std::string> NetworkIdentity::defaultRouteInterface(const std::string &routeTable)
{
    std::istringstream lines(routeTable);
    std::string line;
    std::getline(lines, line); // header
    std::optional<std::string> best;
    long bestMetric = LONG_MAX;
    while (std::getline(lines, line)) {
        std::istringstream fields(line);
        std::string name, destination, gateway, flags, refCount, use, metric, mask;
        if (!(fields >> name >> destination >> gateway >> flags >> refCount >> use >> metric
                >> mask))
            continue;
        unsigned long flagBits = 0;
        long metricValue = 0;
        try {
            flagBits = std::stoul(flags, nullptr, 16);
            metricValue = std::stol(metric);
        } catch (const std::exception &) {
            continue;
        }
        const bool routeUp = (flagBits & 0x1) != 0;
        if (destination == "00000000" && mask == "00000000" && routeUp
            && metricValue < bestMetric) {
            best = name;
            bestMetric = metricValue;
        }
    }
    return best;
}

std::optional<std::string> NetworkIdentity::chooseInterface(
    const std::string &sysClassNet, const std::string &routeTable)
{
    if (const auto routed = defaultRouteInterface(routeTable))
        return routed;
    std::vector<std::string> names;
    if (DIR *dir = ::opendir(sysClassNet.c_str())) {
        while (const dirent *entry = ::readdir(dir)) {
            const std::string name = entry->d_name;
            if (name != "." && name != ".." && name != "lo")
                names.push_back(name);
        }
        ::closedir(dir);
    }
    std::sort(names.begin(), names.end());
    for (const std::string &name : names) {
        if (isUp(sysClassNet, name))
            return name;
    }
    return std::nullopt;
}

std::string NetworkIdentity::normalizedMac(const std::string &text)
{
    std::string mac;
    for (const char c : text) {
        if (c >= 'A' && c <= 'F')
            mac += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'f') || (c >= '0' && c <= '9') || c == ':')
            mac += c;
        else if (c == '-')
            mac += ':';
    }
    return mac.size() == 17 ? mac : std::string();
}

std::string NetworkIdentity::addressOf(const std::string &interfaceName)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0)
        return {};
    ifreq request {};
    std::strncpy(request.ifr_name, interfaceName.c_str(), IFNAMSIZ - 1);
    request.ifr_addr.sa_family = AF_INET;
    std::string ip;
    if (::ioctl(fd, SIOCGIFADDR, &request) == 0) {
        const auto *address = reinterpret_cast<const sockaddr_in *>(&request.ifr_addr);
        ip = Ipv4Address::fromNetworkOrder(address->sin_addr.s_addr).toString();
    }
    ::close(fd);
    return ip;
}

NetworkIdentity NetworkIdentity::detect(
    const std::string &sysClassNet, const std::string &procNetRoute)
{
    NetworkIdentity identity;
    const auto name = chooseInterface(sysClassNet, readAll(procNetRoute));
    if (!name)
        return identity;
    identity.interfaceName = *name;
    identity.mac = normalizedMac(readFirstLine(sysClassNet + "/" + *name + "/address"));
    identity.ip = addressOf(*name);
    return identity;
}

} // namespace bt::tui
