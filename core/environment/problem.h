#pragma once

#include <QList>
#include <QString>

namespace bt {

// One thing wrong with the user's input, reported as
// "file: key.path: message" so the administrator knows where to look.
struct Problem
{
    QString file; // relative to the environment folder, e.g. "oss/debian/config.yaml"
    QString keyPath; // e.g. "dnsmasq.dhcp_range"; empty when the whole file is meant
    QString message; // one sentence that says what is wrong and what to do

    QString toString() const;
    bool operator==(const Problem &) const = default;
};

using Problems = QList<Problem>;

// Joins problems into lines for the command line and dialogs.
QString toString(const Problems &problems);

} // namespace bt
