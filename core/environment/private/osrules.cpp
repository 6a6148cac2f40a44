#include "osrules.h"

#include <wire/shellwords.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace bt {

namespace {

QString osFile(const OsConfig &os) { return QStringLiteral("oss/%1/config.yaml").arg(os.name); }

// -drive values are comma-separated key=value pairs; ",," is a literal comma.
QString driveFile(const QString &value)
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char(',')) {
            if (i + 1 < value.size() && value[i + 1] == QLatin1Char(',')) {
                current += QLatin1Char(',');
                ++i;
                continue;
            }
            parts << current;
            current.clear();
            continue;
        }
        current += value[i];
    }
    parts << current;
    for (const QString &part : std::as_const(parts)) {
        if (part.startsWith(QLatin1String("file=")))
            return part.mid(5);
    }
    return {};
}

// The words of an OS's args or binargs as the client will split them, so the
// host checks the very files the client opens. Problems carry only the message.
Result<QStringList> splitShellWords(const QString &text)
{
    const wire::ShellWords::Split split = wire::ShellWords::split(text.toStdString());
    const auto problem = [](const char *sentence) {
        return Problem { {}, {}, QCoreApplication::translate("bt::OsRules", sentence) };
    };
    switch (split.error) {
    case wire::ShellWords::Error::None:
        break;
    case wire::ShellWords::Error::UnterminatedSingleQuote:
        return problem(QT_TRANSLATE_NOOP("bt::OsRules", "has an unterminated single quote"));
    case wire::ShellWords::Error::UnterminatedDoubleQuote:
        return problem(QT_TRANSLATE_NOOP("bt::OsRules", "has an unterminated double quote"));
    case wire::ShellWords::Error::TrailingBackslash:
        return problem(
            QT_TRANSLATE_NOOP("bt::OsRules", "ends with a backslash that escapes nothing"));
    }
    QStringList words;
    for (const std::string &word : split.words)
        words << QString::fromStdString(word);
    return words;
}

bool validFolderName(const QString &name)
{
    // The name becomes a line of aria2's input list and a torrent's name: no
    // control character (a newline would add lines of its own).
    const bool control = std::any_of(
        name.begin(), name.end(), [](QChar c) { return c.category() == QChar::Other_Control; });
    return !name.isEmpty() && !name.contains(QLatin1Char('/')) && !name.startsWith(QLatin1Char('.'))
        && !control;
}

} // namespace

Result<QList<QemuFile>> qemuFiles(const QString &args)
{
    static const QStringList fileOptions { QStringLiteral("-fda"), QStringLiteral("-fdb"),
        QStringLiteral("-hda"), QStringLiteral("-hdb"), QStringLiteral("-hdc"),
        QStringLiteral("-hdd"), QStringLiteral("-cdrom"), QStringLiteral("-kernel"),
        QStringLiteral("-initrd"), QStringLiteral("-bios"), QStringLiteral("-pflash") };
    const Result<QStringList> words = splitShellWords(args);
    if (!words.ok())
        return words.problems();
    const QStringList &tokens = words.value();
    QList<QemuFile> files;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // qemu accepts "--fda" as well as "-fda".
        QString option = tokens[i];
        if (option.startsWith(QLatin1String("--")))
            option.remove(0, 1);
        const bool isDrive = option == QLatin1String("-drive");
        if (!isDrive && !fileOptions.contains(option))
            continue;
        if (i + 1 >= tokens.size()) {
            files << QemuFile { option, {} };
            continue;
        }
        const QString value = tokens[++i];
        if (!isDrive)
            files << QemuFile { option, value };
        else if (const QString file = driveFile(value); !file.isEmpty())
            files << QemuFile { option, file };
    }
    return files;
}

std::optional<QString> checkFileInside(
    const QString &folder, const QString &folderLabel, const QString &relative)
{
    if (relative.startsWith(QLatin1Char('/')) || QDir::isAbsolutePath(relative))
        return QCoreApplication::translate(
            "bt::OsRules", "%1 is an absolute path; name a file inside %2")
            .arg(relative, folderLabel);
    if (relative.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return QCoreApplication::translate("bt::OsRules", "%1 leaves %2 (\"..\" is not allowed)")
            .arg(relative, folderLabel);
    const QFileInfo info(folder + QLatin1Char('/') + relative);
    if (!info.exists()) {
        if (info.isSymLink())
            return QCoreApplication::translate(
                "bt::OsRules", "%1 is a symlink whose target does not exist")
                .arg(relative);
        return QCoreApplication::translate("bt::OsRules", "file %1 not found in %2")
            .arg(relative, folderLabel);
    }
    // Clients receive the OS folder as a torrent, so a file reached through a
    // symlink out of it would be missing on every client.
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    const QString canonical = info.canonicalFilePath();
    if (!canonical.startsWith(canonicalFolder + QLatin1Char('/')))
        return QCoreApplication::translate(
            "bt::OsRules", "%1 is a symlink that leads outside %2, to %3")
            .arg(relative, folderLabel, canonical);
    if (!info.isFile())
        return QCoreApplication::translate("bt::OsRules", "%1 is not a regular file").arg(relative);
    return std::nullopt;
}

Problems checkOs(const OsConfig &os, const QString &osDir, bool checkMethodFields)
{
    Problems problems;
    const QString file = osFile(os);
    const QString folder = QStringLiteral("oss/%1").arg(os.name);
    auto add = [&](const QString &key, const QString &message) {
        problems << Problem { file, key, message };
    };
    auto checkFile = [&](const QString &key, const QString &relative) {
        if (const auto message = checkFileInside(osDir, folder, relative))
            add(key, *message);
    };

    if (!validFolderName(os.name)) {
        problems << Problem { folder, {},
            QCoreApplication::translate("bt::OsRules",
                "\"%1\" is not a usable OS folder name (no slashes, no leading dot, "
                "no control characters such as newlines); rename the folder")
                .arg(os.name) };
        return problems;
    }
    if (os.dispname.trimmed().isEmpty())
        add(QStringLiteral("dispname"),
            QCoreApplication::translate("bt::OsRules",
                "is empty; give the name the boot menu shows, or leave the key out to use the "
                "folder name"));
    if (!checkMethodFields)
        return problems;

    switch (os.method) {
    case BootMethod::Kexec:
        if (os.kernel.isEmpty())
            add(QStringLiteral("kernel"),
                QCoreApplication::translate("bt::OsRules", "missing; name the kernel file in %1")
                    .arg(folder));
        else
            checkFile(QStringLiteral("kernel"), os.kernel);
        if (!os.initrd.isEmpty())
            checkFile(QStringLiteral("initrd"), os.initrd);
        break;
    case BootMethod::BinQemuX86_64: {
        if (os.args.trimmed().isEmpty()) {
            add(QStringLiteral("args"),
                QCoreApplication::translate(
                    "bt::OsRules", "missing; give qemu's arguments, e.g. -fda disk.img"));
            break;
        }
        const Result<QList<QemuFile>> files = qemuFiles(os.args);
        for (const Problem &p : files.problems())
            add(QStringLiteral("args"), p.message);
        for (const QemuFile &qemuFile : files.ok() ? files.value() : QList<QemuFile> {}) {
            if (qemuFile.file.isEmpty()) {
                add(QStringLiteral("args"),
                    QCoreApplication::translate("bt::OsRules", "%1 needs a file name")
                        .arg(qemuFile.option));
                continue;
            }
            if (const auto message = checkFileInside(osDir, folder, qemuFile.file))
                add(QStringLiteral("args"),
                    QStringLiteral("%1: %2").arg(qemuFile.option, *message));
        }
        break;
    }
    case BootMethod::Bin:
        if (os.bin.isEmpty())
            add(QStringLiteral("bin"),
                QCoreApplication::translate("bt::OsRules", "missing; name the program file in %1")
                    .arg(folder));
        else
            checkFile(QStringLiteral("bin"), os.bin);
        for (const Problem &p : splitShellWords(os.binargs).problems())
            add(QStringLiteral("binargs"), p.message);
        break;
    }
    return problems;
}

} // namespace bt
