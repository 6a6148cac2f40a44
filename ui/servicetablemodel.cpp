#include "servicetablemodel.h"

#include "serve/servicegroup.h"
#include "serve/servicesupervisor.h"

#include <QColor>

namespace bt {

namespace {

    QString stateText(ServiceSupervisor::State state)
    {
        switch (state) {
        case ServiceSupervisor::State::Stopped:
            return ServiceTableModel::tr("Stopped");
        case ServiceSupervisor::State::Starting:
            return ServiceTableModel::tr("Starting");
        case ServiceSupervisor::State::Running:
            return ServiceTableModel::tr("Running");
        case ServiceSupervisor::State::Restarting:
            return ServiceTableModel::tr("Restarting");
        case ServiceSupervisor::State::Stopping:
            return ServiceTableModel::tr("Stopping");
        case ServiceSupervisor::State::Failed:
            return ServiceTableModel::tr("Failed");
        }
        return {};
    }

} // namespace

ServiceTableModel::ServiceTableModel(ServiceGroup *group, QObject *parent)
    : QAbstractTableModel(parent)
    , m_group(group)
{
    connect(m_group, &ServiceGroup::stateChanged, this, &ServiceTableModel::rebuild);
    rebuild();
}

void ServiceTableModel::rebuild()
{
    // A handful of rows: a reset is simpler than tracking each supervisor's arrival.
    beginResetModel();
    for (ServiceSupervisor *supervisor : m_group->supervisors()) {
        supervisor->disconnect(this);
        auto refresh = [this, supervisor] {
            const int row = int(m_group->supervisors().indexOf(supervisor));
            if (row >= 0 && row < m_rows)
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        };
        connect(supervisor, &ServiceSupervisor::stateChanged, this, refresh);
        connect(supervisor, &ServiceSupervisor::started, this, refresh);
        connect(supervisor, &ServiceSupervisor::failed, this, refresh);
        connect(supervisor, &ServiceSupervisor::restartScheduled, this, refresh);
    }
    m_rows = int(m_group->supervisors().size());
    endResetModel();
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows || index.row() >= m_group->supervisors().size())
        return {};
    const ServiceSupervisor *service = m_group->supervisors().at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return service->name();
        case StateColumn:
            return stateText(service->state());
        case PidColumn:
            return service->pid() > 0 ? QString::number(service->pid()) : QString();
        case RestartsColumn:
            return service->restartCount();
        case ErrorColumn:
            return service->lastError();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !service->lastError().isEmpty())
        return service->lastError();
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (service->state()) {
        case ServiceSupervisor::State::Running:
            return QColor(0x2e, 0x7d, 0x32);
        case ServiceSupervisor::State::Failed:
            return QColor(0xc6, 0x28, 0x28);
        case ServiceSupervisor::State::Restarting:
            return QColor(0xe6, 0x51, 0x00);
        default:
            break;
        }
    }
    return {};
}

QVariant ServiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Service");
    case StateColumn:
        return tr("State");
    case PidColumn:
        return tr("PID");
    case RestartsColumn:
        return tr("Restarts");
    case ErrorColumn:
        return tr("Last error");
    }
    return {};
}

} // namespace bt
