#pragma once

#include "environment/result.h"

#include <QString>

namespace bt {

// The folder opentracker runs in while serving: a fresh, unpredictable one
// below the temporary folder (mkdtemp), owned by this process and writable
// by nobody else, holding a copy of the whitelist that opentracker, running
// as nobody, may read. Nothing another local user planted under a known
// name is ever followed, reused or removed.
namespace TrackerFolder {

// Creates the folder with a copy of `whitelist`; the problem names the
// whitelist when it cannot be copied.
Result<QString> create(const QString &whitelist);
// Removes a folder create() returned.
void remove(const QString &folder);

} // namespace TrackerFolder

} // namespace bt
