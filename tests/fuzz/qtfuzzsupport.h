#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

namespace btfuzz {

// For targets whose parser wants an application object (file watches,
// timers) and files to read: the application, and a folder of its own in
// $TMPDIR (run-fuzz.sh points that into its work folder). Call once, from
// LLVMFuzzerInitialize.
inline QString startQt(int *argc, char ***argv, const char *target)
{
    static QCoreApplication application(*argc, *argv);
    static QTemporaryDir folder;
    if (!folder.isValid())
        qFatal("%s: cannot create a temporary folder", target);
    return folder.path();
}

} // namespace btfuzz
