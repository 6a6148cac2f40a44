#pragma once

#include "servicesupervisor.h"

#include <QList>
#include <QObject>

namespace bt {

// The host's services as one unit: starts them one after the other (each
// once the previous one is Running, so a start failure stops the sequence
// and the services already up are stopped again) and stops them all.
// Owns its supervisors; the same threading rule applies (main thread).
class ServiceGroup : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Starting, Running, Stopping, Failed };
    Q_ENUM(State)

    explicit ServiceGroup(QObject *parent = nullptr);

    // Appends a service in start order. Only while Stopped or Failed.
    ServiceSupervisor *add(const ServiceSpec &spec, const ServiceSupervisor::Timings &timings = {});
    // Removes and deletes every supervisor (children are killed). Only while Stopped or Failed.
    void clear();

    const QList<ServiceSupervisor *> &supervisors() const { return m_supervisors; }
    ServiceSupervisor *supervisor(const QString &name) const;
    State state() const { return m_state; }
    QString failedService() const { return m_failedService; } // after failed()
    QString lastError() const { return m_lastError; }

public Q_SLOTS:
    void start();
    // Stops every service at once; emits stopped() when all are down.
    void stop();

Q_SIGNALS:
    void stateChanged(bt::ServiceGroup::State state);
    void started(); // every service is Running
    void failed(const QString &service, const QString &error);
    void stopped(); // every service is down (after stop(), or after a failure)
    void logLine(const bt::LogLine &line); // every supervisor's lines

private:
    void startNext();
    void onSupervisorState(ServiceSupervisor *supervisor, ServiceSupervisor::State state);
    bool allDown() const;
    void stopAll();
    void setState(State state);

    QList<ServiceSupervisor *> m_supervisors;
    State m_state = State::Stopped;
    int m_next = 0; // index of the supervisor being started
    bool m_failing = false;
    QString m_failedService;
    QString m_lastError;
};

} // namespace bt
