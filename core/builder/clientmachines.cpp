#include "clientmachines.h"

#include "initrdwriter.h"
#include "outlayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace bt {

QByteArray clientSettingsYaml(const Environment &env, const MachineBook &book)
{
    QByteArray text = env.boottorrentYaml();
    const QByteArray section = book.clientSection();
    if (section.isEmpty())
        return text;
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    return text + section;
}

Problems refreshClientMachines(
    const QString &outDir, const Environment &env, const MachineBook &book, bool *changed)
{
    if (changed)
        *changed = false;
    const QDir out(outDir);
    const QString settingsPath = out.filePath(OutLayout::ClientSettings);
    const QByteArray wanted = clientSettingsYaml(env, book);
    QFile current(settingsPath);
    if (current.open(QIODevice::ReadOnly) && current.readAll() == wanted)
        return {};
    current.close();
    QSaveFile file(settingsPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(wanted) != wanted.size() || !file.commit())
        return { Problem { QStringLiteral("out/") + OutLayout::ClientSettings, {},
            QCoreApplication::translate("bt::Builder", "cannot be written: %1")
                .arg(file.errorString()) } };
    if (Problems problems = InitrdWriter::write(out.filePath(OutLayout::Torrents),
            OutLayout::Torrents, out.filePath(OutLayout::TorrentsGz));
        !problems.isEmpty())
        return problems;
    if (changed)
        *changed = true;
    return {};
}

} // namespace bt
