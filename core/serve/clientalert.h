#pragma once

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace bt {

// How urgently a lab machine needs a look: amber when it is slow or may be
// stuck, red when it will not get further by itself.
enum class AlertLevel { None, Amber, Red };

// The wire form: "none", "amber", "red".
QString alertLevelName(AlertLevel level);
std::optional<AlertLevel> alertLevelFromName(QStringView text);

// A flag on one machine's row: what is wrong and what to check, in one line.
struct ClientAlert
{
    AlertLevel level = AlertLevel::None;
    QString reason;
    QDateTime since; // when it was raised at this level

    bool operator==(const ClientAlert &) const = default;
};

} // namespace bt
