#include "servicegroup.h"

namespace bt {

ServiceGroup::ServiceGroup(QObject *parent)
    : QObject(parent)
{
}

ServiceSupervisor *ServiceGroup::add(
    const ServiceSpec &spec, const ServiceSupervisor::Timings &timings)
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return nullptr;
    auto *supervisor = new ServiceSupervisor(spec, timings, this);
    m_supervisors.append(supervisor);
    connect(supervisor, &ServiceSupervisor::logLine, this, &ServiceGroup::logLine);
    connect(supervisor, &ServiceSupervisor::stateChanged, this,
        [this, supervisor](
            ServiceSupervisor::State state) { onSupervisorState(supervisor, state); });
    return supervisor;
}

void ServiceGroup::clear()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    qDeleteAll(m_supervisors);
    m_supervisors.clear();
}

ServiceSupervisor *ServiceGroup::supervisor(const QString &name) const
{
    for (ServiceSupervisor *s : m_supervisors) {
        if (s->name() == name)
            return s;
    }
    return nullptr;
}

void ServiceGroup::start()
{
    if (m_state != State::Stopped && m_state != State::Failed)
        return;
    m_failing = false;
    m_failedService.clear();
    m_lastError.clear();
    m_next = 0;
    setState(State::Starting);
    startNext();
}

void ServiceGroup::stop()
{
    if (m_state == State::Stopped || m_state == State::Stopping)
        return;
    m_failing = false;
    setState(State::Stopping);
    stopAll();
}

void ServiceGroup::startNext()
{
    if (m_next >= m_supervisors.size()) {
        setState(State::Running);
        Q_EMIT started();
        return;
    }
    m_supervisors[m_next]->start();
}

void ServiceGroup::onSupervisorState(ServiceSupervisor *supervisor, ServiceSupervisor::State state)
{
    if (m_state == State::Starting && m_next < m_supervisors.size()
        && supervisor == m_supervisors[m_next]) {
        if (state == ServiceSupervisor::State::Running) {
            ++m_next;
            startNext();
            return;
        }
        if (state == ServiceSupervisor::State::Failed) {
            m_failing = true;
            m_failedService = supervisor->name();
            m_lastError = supervisor->lastError();
            setState(State::Stopping);
            Q_EMIT failed(m_failedService, m_lastError);
            stopAll();
            return;
        }
    }
    if (m_state == State::Stopping && allDown()) {
        setState(m_failing ? State::Failed : State::Stopped);
        Q_EMIT stopped();
    }
}

bool ServiceGroup::allDown() const
{
    for (const ServiceSupervisor *s : m_supervisors) {
        if (s->state() != ServiceSupervisor::State::Stopped
            && s->state() != ServiceSupervisor::State::Failed)
            return false;
    }
    return true;
}

void ServiceGroup::stopAll()
{
    // Reverse order: the services started last depend on the ones before.
    for (auto it = m_supervisors.crbegin(); it != m_supervisors.crend(); ++it) {
        if ((*it)->state() != ServiceSupervisor::State::Failed)
            (*it)->stop();
    }
    if (m_state == State::Stopping && allDown()) {
        setState(m_failing ? State::Failed : State::Stopped);
        Q_EMIT stopped();
    }
}

void ServiceGroup::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace bt
