// What the desktop app does on Start Serving when it runs as a user: start
// `boottorrent serve` through pkexec (ServeLauncher), wait for its runtime
// file, attach to its admin API (ServeMirror) until it serves, then stop it
// through the API. Checks that serve runs as root for this user: its process
// is uid 0 while this one is not, and its token file belongs to this user
// with mode 0600.
//
//   serve_via_polkit BOOTTORRENT ENVIRONMENT_DIR [SERVE_OPTION...]
//
// Exit 0: served and stopped as described; 1: it did not (one line says why).

#include "serve/servelauncher.h"
#include "serve/servemirror.h"
#include "serve/serveruntime.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

#include <sys/stat.h>
#include <unistd.h>

using namespace bt;

namespace {

int fail(const QString &why)
{
    QTextStream(stderr) << "FAIL: " << why << Qt::endl;
    return 1;
}

// The real uid of a process, from /proc; -1 when it is gone.
long uidOf(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("Uid:"))
            return line.mid(4).simplified().split(' ').value(0).toLong();
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return fail(QStringLiteral(
            "usage: serve_via_polkit BOOTTORRENT ENVIRONMENT_DIR [SERVE_OPTION...]"));
    if (::geteuid() == 0)
        return fail(QStringLiteral("this check runs as a user, not as root"));

    ServeLauncher launcher;
    ServeMirror mirror;
    ServeLauncher::Options options;
    options.program = args.at(1);
    options.arguments = args.mid(3);
    options.privilege = ServeLauncher::Options::Privilege::Pkexec;
    options.timeoutMs = 60000;
    int result = 1;
    qint64 servePid = 0;
    QString failure = QStringLiteral("nothing happened within 90 s");
    auto finish = [&](int code, const QString &why = {}) {
        result = code;
        failure = why;
        app.quit();
    };
    QObject::connect(&launcher, &ServeLauncher::failed, &app, [&](const QString &message) {
        finish(1, QStringLiteral("serve did not start: ") + message);
    });
    QObject::connect(
        &launcher, &ServeLauncher::ready, &app, [&](const AdminEndpoint &endpoint, qint64 pid) {
            servePid = pid;
            if (uidOf(pid) != 0)
                return finish(1,
                    QStringLiteral("serve (pid %1) runs as uid %2, not as root")
                        .arg(pid)
                        .arg(uidOf(pid)));
            const std::optional<ServeRuntime::Info> info = ServeRuntime::find(args.at(2));
            if (!info)
                return finish(1, QStringLiteral("no runtime file names the serve"));
            struct stat token
            {
            };
            if (::stat(QFile::encodeName(info->tokenFile).constData(), &token) != 0)
                return finish(
                    1, QStringLiteral("cannot stat the token file %1").arg(info->tokenFile));
            if (token.st_uid != ::getuid() || (token.st_mode & 0777) != 0600)
                return finish(1,
                    QStringLiteral("the token file %1 has owner %2 and mode %3, not %4 and 600")
                        .arg(info->tokenFile)
                        .arg(token.st_uid)
                        .arg(token.st_mode & 0777, 0, 8)
                        .arg(::getuid()));
            QTextStream(stdout) << "serve pid " << pid << " runs as root; token file "
                                << info->tokenFile << " is this user's, mode 600" << Qt::endl;
            mirror.attach(endpoint);
        });
    QObject::connect(&mirror, &ServeMirror::linkChanged, &app, [&](ServeMirror::Link link) {
        if (link == ServeMirror::Link::Refused)
            finish(1, QStringLiteral("the admin API refused the token: ") + mirror.linkError());
    });
    QObject::connect(&mirror, &ServeMirror::servingStateChanged, &app, [&](const QString &state) {
        if (state != QLatin1String("running"))
            return;
        QStringList services;
        for (const ServiceRow &row : mirror.services())
            services << row.name + QLatin1Char('=') + row.state;
        QTextStream(stdout) << "serving; services: " << services.join(QLatin1Char(' ')) << Qt::endl;
        mirror.requestStop([&](const QString &error) {
            if (!error.isEmpty())
                finish(1, QStringLiteral("stop was refused: ") + error);
        });
    });
    // Stopped: the process is gone.
    QTimer gone;
    QObject::connect(&gone, &QTimer::timeout, &app, [&] {
        if (servePid > 0 && mirror.servingState() == QLatin1String("running")
            && !processAlive(servePid))
            finish(0);
    });
    gone.start(200);
    QTimer::singleShot(90000, &app, [&] { finish(1, failure); });
    if (!launcher.start(args.at(2), options))
        return fail(QStringLiteral("cannot start pkexec"));
    app.exec();
    if (result != 0)
        return fail(failure + QStringLiteral(" (serve's output: ") + launcher.outputTail(4)
            + QLatin1Char(')'));
    QTextStream(stdout) << "PASS: served through polkit as root and stopped through the admin API"
                        << Qt::endl;
    return 0;
}
