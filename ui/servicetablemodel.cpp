#include "servicetablemodel.h"

#include "serve/servemirror.h"

#include <QColor>

namespace bt {

namespace {

// The states' wire names: ServiceSupervisor::State in lower case.
QString stateText(const QString &state)
{
    if (state == QLatin1String("stopped"))
        return ServiceTableModel::tr("Stopped");
    if (state == QLatin1String("starting"))
        return ServiceTableModel::tr("Starting");
    if (state == QLatin1String("running"))
        return ServiceTableModel::tr("Running");
    if (state == QLatin1String("restarting"))
        return ServiceTableModel::tr("Restarting");
    if (state == QLatin1String("stopping"))
        return ServiceTableModel::tr("Stopping");
    if (state == QLatin1String("failed"))
        return ServiceTableModel::tr("Failed");
    return state;
}

} // namespace

ServiceTableModel::ServiceTableModel(ServeMirror *mirror, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mirror(mirror)
{
    connect(m_mirror, &ServeMirror::servicesChanged, this, &ServiceTableModel::rebuild);
    rebuild();
}

void ServiceTableModel::rebuild()
{
    // A handful of rows: a reset is simpler than tracking each one.
    beginResetModel();
    m_rows = m_mirror->services();
    endResetModel();
}

int ServiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ServiceRow &service = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn:
            return service.name;
        case StateColumn:
            return stateText(service.state);
        case PidColumn:
            return service.pid > 0 ? QString::number(service.pid) : QString();
        case RestartsColumn:
            return service.restarts;
        case ErrorColumn:
            return service.lastError;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ErrorColumn && !service.lastError.isEmpty())
        return service.lastError;
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        if (service.state == QLatin1String("running"))
            return QColor(0x2e, 0x7d, 0x32);
        if (service.state == QLatin1String("failed"))
            return QColor(0xc6, 0x28, 0x28);
        if (service.state == QLatin1String("restarting"))
            return QColor(0xe6, 0x51, 0x00);
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
