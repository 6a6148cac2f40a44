#pragma once

#include "adminclient.h"
#include "serveruntime.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace bt {

// Starts `boottorrent serve DIR` for the desktop app as a process of its
// own that outlives the window: directly when the app runs as root, else
// through polkit (`pkexec`, action org.boottorrent.serve), so the user sees
// the system's authentication dialog and never a terminal. serve's output
// goes to a file beside its runtime file; it is ready once its runtime file
// names its admin API and the token can be read.
class ServeLauncher : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString program; // boottorrent, absolute; empty: this program
        QStringList arguments; // more serve options, before DIR
        // Through pkexec; default: when not root.
        enum class Privilege { Auto, Direct, Pkexec } privilege = Privilege::Auto;
        QString pkexec = QStringLiteral("pkexec");
        // How long the user may take to authenticate and serve to come up.
        int timeoutMs = 5 * 60 * 1000;
    };

    explicit ServeLauncher(QObject *parent = nullptr);
    ~ServeLauncher() override;

    // The command line that start() runs for `environmentDir`.
    static QStringList commandLine(const QString &environmentDir, const Options &options);
    // Starts serve; ready() or failed() follows. False (with failed()
    // already emitted) when it could not even be started.
    bool start(const QString &environmentDir, const Options &options);
    qint64 pid() const { return m_pid; }
    QString outputFile() const { return m_output; }
    // The last lines serve (or pkexec) wrote.
    QString outputTail(int lines = 8) const { return tailOf(m_output, lines); }
    // The last `lines` lines of the output file at `path` (its last 64 KiB).
    static QString tailOf(const QString &path, int lines);
    // Why the serve whose output is at `path` ended, in its own words
    // ("aria2c failed: ..."); empty when it did not say.
    static QString reasonIn(const QString &path);

    // The admin endpoint a runtime file names, with its token; nothing when
    // it names none or the token cannot be read.
    static std::optional<AdminEndpoint> endpointOf(const ServeRuntime::Info &info);

Q_SIGNALS:
    void ready(const bt::AdminEndpoint &endpoint, qint64 pid);
    void failed(const QString &message);

private:
    void check();

    QString m_dir;
    QString m_output;
    qint64 m_pid = 0;
    QTimer m_poll;
    qint64 m_deadline = 0;
    int m_timeoutMs = 0;
};

// True while process `pid` exists (also when it belongs to another user).
bool processAlive(qint64 pid);

} // namespace bt
