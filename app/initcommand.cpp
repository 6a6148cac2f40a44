#include "cli.h"
#include "commands.h"

#include <environment/environment.h>

#include <QCoreApplication>
#include <QDir>

namespace bt::cli {

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bt::cli",
        "Creates a new environment in DIR: a commented Boottorrent.yaml and an empty oss/ folder.\n"
        "Add one folder per operating system under oss/, each with a config.yaml."));
    parser.addPositionalArgument(QStringLiteral("DIR"),
        QCoreApplication::translate("bt::cli", "Folder of the new environment."));
    const QString dir = QDir(parseOrExit(parser, arguments, 1, 1).first()).absolutePath();

    if (const Problems problems = Environment::init(dir); !problems.isEmpty())
        return reportProblems(problems, dir);
    printLine(QCoreApplication::translate("bt::cli", "Created the environment %1").arg(dir));
    printLine(QCoreApplication::translate("bt::cli",
        "Next: edit %1/Boottorrent.yaml, add OS folders under %1/oss/, then run "
        "`boottorrent build %1`.")
                  .arg(dir));
    return Success;
}

} // namespace bt::cli
