// Starts a ServiceSupervisor on `sleep 300` and prints the child's pid, so
// tst_servicesupervisor can kill this process with SIGKILL and watch the
// child die with it.
#include "serve/servicesupervisor.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    bt::ServiceSupervisor supervisor(bt::ServiceSpec {
        QStringLiteral("sleep"), QStringLiteral("sleep"), { QStringLiteral("300") }, {}, {}, {} });
    QObject::connect(&supervisor, &bt::ServiceSupervisor::started, &app, [](qint64 pid) {
        std::printf("%lld\n", static_cast<long long>(pid));
        std::fflush(stdout);
    });
    QObject::connect(&supervisor, &bt::ServiceSupervisor::failed, &app, [](const QString &error) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        QCoreApplication::exit(1);
    });
    supervisor.start();
    return app.exec();
}
