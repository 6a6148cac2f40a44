#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <functional>

class QProcess;

namespace bt {

// Runs set-up and clean-up commands (ip netns ..., ip link ...) one after
// the other as child processes with explicit argument lists, without
// blocking the event loop. The first command that fails and may not fail
// ends the run. A command's output handler may queue further commands.
class LabCommandQueue : public QObject
{
    Q_OBJECT
public:
    struct Command
    {
        QStringList argv; // program first
        bool mayFail = false; // e.g. removing something that may be gone
        std::function<void(const QByteArray &output)> onOutput; // its stdout, on success
    };

    explicit LabCommandQueue(QObject *parent = nullptr);
    ~LabCommandQueue() override;

    void add(const QStringList &argv, bool mayFail = false);
    void add(Command command);
    bool isRunning() const { return m_process != nullptr; }
    bool isEmpty() const { return m_pending.isEmpty(); }

    // Runs the queued commands asynchronously; finished() follows.
    void start();
    // Runs the queued commands now, waiting for each; for a destructor or a
    // process that is about to exit. Returns false on the first failure.
    bool runBlocking(QString *error = nullptr);
    // Drops the queued commands (the running one finishes).
    void clear();

    static constexpr int kCommandTimeoutMs = 20000;

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void next();
    void onDone(int exitCode, bool crashed);
    static QString describe(const Command &command, const QByteArray &error, int exitCode);

    QList<Command> m_pending;
    Command m_current;
    QProcess *m_process = nullptr;
    QTimer m_timeout;
};

} // namespace bt
