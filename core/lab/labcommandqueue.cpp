#include "labcommandqueue.h"

#include <QProcess>

namespace bt {

LabCommandQueue::LabCommandQueue(QObject *parent)
    : QObject(parent)
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(kCommandTimeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (m_process)
            m_process->kill();
    });
}

LabCommandQueue::~LabCommandQueue()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

void LabCommandQueue::add(const QStringList &argv, bool mayFail)
{
    add(Command { argv, mayFail, {} });
}

void LabCommandQueue::add(Command command) { m_pending.append(std::move(command)); }

void LabCommandQueue::clear() { m_pending.clear(); }

void LabCommandQueue::start()
{
    if (!m_process)
        next();
}

void LabCommandQueue::next()
{
    if (m_pending.isEmpty()) {
        Q_EMIT finished(true, {});
        return;
    }
    m_current = m_pending.takeFirst();
    m_process = new QProcess(this);
    m_process->setProgram(m_current.argv.value(0));
    m_process->setArguments(m_current.argv.mid(1));
    connect(
        m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
            onDone(exitCode, status == QProcess::CrashExit);
        });
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            onDone(-1, true);
    });
    m_timeout.start();
    m_process->start();
}

void LabCommandQueue::onDone(int exitCode, bool crashed)
{
    if (!m_process)
        return;
    m_timeout.stop();
    QProcess *process = std::exchange(m_process, nullptr);
    process->disconnect(this);
    process->deleteLater();
    const bool ok = !crashed && exitCode == 0;
    if (ok && m_current.onOutput)
        m_current.onOutput(process->readAllStandardOutput());
    if (!ok && !m_current.mayFail) {
        const QString error = describe(m_current, process->readAllStandardError(), exitCode);
        m_pending.clear();
        Q_EMIT finished(false, error);
        return;
    }
    next();
}

bool LabCommandQueue::runBlocking(QString *error)
{
    while (!m_pending.isEmpty()) {
        const Command command = m_pending.takeFirst();
        QProcess process;
        process.setProgram(command.argv.value(0));
        process.setArguments(command.argv.mid(1));
        process.start();
        bool ok = process.waitForStarted(kCommandTimeoutMs);
        if (ok && !process.waitForFinished(kCommandTimeoutMs)) {
            process.kill();
            process.waitForFinished(2000);
            ok = false;
        }
        ok = ok && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
        if (ok && command.onOutput)
            command.onOutput(process.readAllStandardOutput());
        if (!ok && !command.mayFail) {
            if (error)
                *error = describe(command, process.readAllStandardError(), process.exitCode());
            m_pending.clear();
            return false;
        }
    }
    return true;
}

QString LabCommandQueue::describe(const Command &command, const QByteArray &error, int exitCode)
{
    const QString reason = QString::fromLocal8Bit(error).trimmed();
    return QStringLiteral("`%1` failed (exit %2)%3")
        .arg(command.argv.join(QLatin1Char(' ')))
        .arg(exitCode)
        .arg(reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
}

} // namespace bt
