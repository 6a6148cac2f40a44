#pragma once

#include <environment/problem.h>

#include <QCommandLineParser>
#include <QStringList>

namespace bt::cli {

// Exit statuses of the headless commands.
enum ExitCode { Success = 0, Failure = 1, BadInput = 2 };

// Prints each problem as one "file: key: message" line on stderr, with
// relative file names made absolute against dir, and returns BadInput.
int reportProblems(const Problems &problems, const QString &dir = {});

void printLine(const QString &line);
// Rows as text in columns two spaces apart, one line each; the first row is the header.
QString alignedColumns(const QList<QStringList> &rows);
// A table's header in the reader's language, from titles marked with
// QT_TRANSLATE_NOOP("bt::cli", ...); alignedColumns sizes columns by the translated text.
QStringList columnTitles(std::initializer_list<const char *> titles);
void printError(const QString &line);

// Parses a sub-command's arguments; on --help prints the help and exits 0,
// on a usage error prints one line and exits 2. Returns the positional args.
QStringList parseOrExit(
    QCommandLineParser &parser, const QStringList &arguments, int minPositional, int maxPositional);

} // namespace bt::cli
