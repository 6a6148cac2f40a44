#pragma once

#include "environment/result.h"

#include <QStringList>

namespace bt {

// Splits a config value such as "-fda 'my disk.img'" into words the way the
// client (client-tui's ShellWords) does, so the host checks the very files
// the client will open: blanks separate words, single quotes keep text
// literally, double quotes allow \" \\ \$ \`, a backslash outside quotes
// escapes the next character. Problems carry only the message.
Result<QStringList> splitShellWords(const QString &text);

} // namespace bt
