// The machine book as an administrator may edit or import it: the input is
// read as machines.yaml and as a CSV of mac,name,default_os. What loads must
// save and load again unchanged; the client's section must read back as YAML.
#include "fuzzsupport.h"
#include "qtfuzzsupport.h"

#include <environment/machinebook.h>

#include <yaml-cpp/yaml.h>

#include <QDir>
#include <QFile>

#include <cstddef>
#include <cstdint>

namespace {

QString bookDir;
const QStringList osNames { QStringLiteral("debian"), QStringLiteral("freedos") };

bool readsBackAsYaml(const QByteArray &text)
{
    try {
        (void)YAML::Load(text.toStdString());
        return true;
    } catch (const YAML::Exception &e) {
        std::fprintf(stderr, "fuzz_machinebook: the client section does not read back: %s\n%s\n",
            e.what(), text.constData());
        return false;
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    bookDir = btfuzz::startQt(argc, argv, "fuzz_machinebook") + QStringLiteral("/environment");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QDir(bookDir).removeRecursively();
    QDir().mkpath(bookDir);
    QFile file(bookDir + QStringLiteral("/machines.yaml"));
    if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
        qFatal("fuzz_machinebook: cannot write %s", qPrintable(file.fileName()));
    file.close();

    const auto book = bt::MachineBook::load(bookDir + QStringLiteral("/machines.yaml"), osNames);
    if (book.ok()) {
        BTFUZZ_CHECK(readsBackAsYaml(book->clientSection()));
        BTFUZZ_CHECK(book->save(bookDir + QStringLiteral("/machines.yaml")).isEmpty());
        const auto again
            = bt::MachineBook::load(bookDir + QStringLiteral("/machines.yaml"), osNames);
        BTFUZZ_CHECK(again.ok());
        BTFUZZ_CHECK(again->machines() == book->machines());
    } else {
        (void)bt::toString(book.problems());
    }

    const auto rows = bt::MachineBook::parseCsv(input, QStringLiteral("room.csv"));
    if (rows.ok()) {
        bt::MachineBook imported;
        imported.import(rows.value());
        const auto back = bt::MachineBook::parseCsv(imported.toCsv(), QStringLiteral("export.csv"));
        BTFUZZ_CHECK(back.ok());
        BTFUZZ_CHECK(back->size() == rows->size());
    }
    return 0;
}
