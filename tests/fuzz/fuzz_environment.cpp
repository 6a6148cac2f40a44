// An environment folder as an administrator may be handed one: the input is
// Boottorrent.yaml, followed by further files of the folder, each after a
// marker line "# ==== oss/<name>/config.yaml ====" (see fuzzsupport.h).
// The folder is loaded and validated, and the texts the clients receive are
// made from it and must read back as YAML.
#include "fuzzsupport.h"
#include "qtfuzzsupport.h"

#include <environment/environment.h>

#include <yaml-cpp/yaml.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace {

QString environmentDir;

void writeFile(const QString &path, const std::string &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(text.data(), qint64(text.size())) != qint64(text.size()))
        qFatal("fuzz_environment: cannot write %s", qPrintable(path));
}

bool readsBackAsYaml(const QByteArray &text)
{
    try {
        (void)YAML::Load(text.toStdString());
        return true;
    } catch (const YAML::Exception &e) {
        std::fprintf(stderr, "fuzz_environment: generated YAML does not read back: %s\n%s\n",
            e.what(), text.constData());
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    environmentDir
        = btfuzz::startQt(argc, argv, "fuzz_environment") + QStringLiteral("/environment");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QDir(environmentDir).removeRecursively();
    QDir().mkpath(environmentDir);
    const std::vector<btfuzz::Section> sections
        = btfuzz::splitSections(std::string_view(reinterpret_cast<const char *>(data), size));
    writeFile(environmentDir + QStringLiteral("/Boottorrent.yaml"), sections.front().text);
    // Only files inside the folder's oss/: the input names them.
    static const QRegularExpression osFile(
        QStringLiteral("^oss/[A-Za-z0-9_][A-Za-z0-9._-]*/[A-Za-z0-9_][A-Za-z0-9._-]*$"));
    for (std::size_t i = 1; i < sections.size(); ++i) {
        const QString name = QString::fromStdString(sections[i].name);
        if (osFile.match(name).hasMatch() && !name.contains(QStringLiteral("..")))
            writeFile(environmentDir + QLatin1Char('/') + name, sections[i].text);
    }

    const bt::Result<bt::Environment> loaded = bt::Environment::load(environmentDir);
    if (!loaded.ok())
        (void)bt::toString(loaded.problems());

    // read() is what the GUI uses: it keeps going past validation problems.
    const bt::Result<bt::Environment> read = bt::Environment::read(environmentDir);
    if (!read.ok())
        return 0;
    (void)bt::toString(read->validate());
    BTFUZZ_CHECK(readsBackAsYaml(read->boottorrentYaml()));
    BTFUZZ_CHECK(readsBackAsYaml(read->configsYaml()));
    return 0;
}
