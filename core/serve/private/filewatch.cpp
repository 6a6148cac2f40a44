#include "filewatch.h"

#include <QFileInfo>
#include <QFileSystemWatcher>

namespace bt {

FileWatch::FileWatch(const QString &path, int pollIntervalMs, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_watcher(new QFileSystemWatcher(this))
{
    m_pollTimer.setInterval(pollIntervalMs);
    connect(&m_pollTimer, &QTimer::timeout, this, &FileWatch::changed);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &FileWatch::changed);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &FileWatch::changed);
}

void FileWatch::setPollInterval(int milliseconds) { m_pollTimer.setInterval(milliseconds); }

void FileWatch::start()
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (QFileInfo::exists(directory) && !m_watcher->directories().contains(directory))
        m_watcher->addPath(directory);
    m_pollTimer.start();
}

void FileWatch::stop()
{
    m_pollTimer.stop();
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
}

void FileWatch::watchFile()
{
    if (!m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
}

} // namespace bt
