#pragma once

#include "environment.h"

#include <utility>

namespace bt {

// Reaches one section of an Environment by its type, so code that changes a
// single setting names the member only: setSetting(env, &BootSettings::hostIp, ip).
template <typename Section> struct EnvironmentSection;

template <typename Section, const Section &(Environment::*Get)() const,
    void (Environment::*Set)(const Section &)>
struct SectionAccessors
{
    static const Section &get(const Environment &env) { return (env.*Get)(); }
    static void set(Environment &env, const Section &section) { (env.*Set)(section); }
};

template <>
struct EnvironmentSection<BootSettings>
    : SectionAccessors<BootSettings, &Environment::boot, &Environment::setBoot>
{
};
template <>
struct EnvironmentSection<DnsmasqSettings>
    : SectionAccessors<DnsmasqSettings, &Environment::dnsmasq, &Environment::setDnsmasq>
{
};
template <>
struct EnvironmentSection<OpentrackerSettings>
    : SectionAccessors<OpentrackerSettings, &Environment::opentracker, &Environment::setOpentracker>
{
};
template <>
struct EnvironmentSection<ClientSettings>
    : SectionAccessors<ClientSettings, &Environment::client, &Environment::setClient>
{
};
template <>
struct EnvironmentSection<Aria2Settings>
    : SectionAccessors<Aria2Settings, &Environment::aria2, &Environment::setAria2>
{
};
template <>
struct EnvironmentSection<AlertSettings>
    : SectionAccessors<AlertSettings, &Environment::alerts, &Environment::setAlerts>
{
};

// The value of one setting, e.g. setting(env, &DnsmasqSettings::interface).
template <typename Section, typename T> const T &setting(const Environment &env, T Section::*member)
{
    return EnvironmentSection<Section>::get(env).*member;
}

// Changes one setting and leaves the rest of its section as it was.
template <typename Section, typename T, typename Value>
void setSetting(Environment &env, T Section::*member, Value &&value)
{
    Section section = EnvironmentSection<Section>::get(env);
    section.*member = std::forward<Value>(value);
    EnvironmentSection<Section>::set(env, section);
}

} // namespace bt
