#pragma once

#include <QObject>
#include <QTimer>

class QFileSystemWatcher;

namespace bt {

// Says when a file that another program writes may have changed: file-system
// notifications on the file and on its folder (a file replaced by a rename
// drops out of a watch on the file), plus a polling timer, because inotify
// misses writes on some file systems. The owner reads the file on changed().
class FileWatch : public QObject
{
    Q_OBJECT
public:
    FileWatch(const QString &path, int pollIntervalMs, QObject *parent = nullptr);

    void setPollInterval(int milliseconds);
    // Watches the folder and starts polling.
    void start();
    void stop();
    // Watches the file itself; call after each successful open, since a
    // replaced file is dropped from the watch.
    void watchFile();

Q_SIGNALS:
    void changed();

private:
    QString m_path;
    QFileSystemWatcher *m_watcher;
    QTimer m_pollTimer;
};

} // namespace bt
