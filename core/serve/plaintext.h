#pragma once

#include <QString>
#include <QStringView>

namespace bt {

// Text a lab machine sent (status messages, OS names, rejected values),
// made safe to print on the admin's terminal and to show in a cell: control
// characters (ESC sequences, newlines, tabs) become spaces, invisible
// format characters (bidi overrides, zero-width marks) are dropped, and it
// is cut to `maxLength` characters, marked with "…".
QString plainText(QStringView text, int maxLength);

} // namespace bt
