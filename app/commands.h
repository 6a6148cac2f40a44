#pragma once

#include <QStringList>

// One function per headless sub-command; arguments start with the
// command's own name, as QCommandLineParser expects.
namespace bt::cli {

int runInit(const QStringList &arguments);
int runBuild(const QStringList &arguments);
int runServe(const QStringList &arguments);
int runStatus(const QStringList &arguments);
int runLab(const QStringList &arguments);
int runWake(const QStringList &arguments);
int runReport(const QStringList &arguments);

} // namespace bt::cli
