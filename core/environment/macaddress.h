#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace bt {

// Every source names a machine's MAC differently (dnsmasq, URLs typed by
// hand, client posts); the registry keys rows by one canonical form:
// six lower-case hex pairs joined by colons. Dashes are accepted too.
std::optional<QString> normalizedMac(QStringView text);

} // namespace bt
