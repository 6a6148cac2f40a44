#pragma once

#include "serve/servemirror.h"

#include <QAbstractTableModel>

namespace bt {

// The services a server runs (tracker, seeder, dnsmasq): state, process id,
// restarts and the last error, one row each.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, PidColumn, RestartsColumn, ErrorColumn, ColumnCount };

    explicit ServiceTableModel(ServeMirror *mirror, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();

    ServeMirror *m_mirror;
    QList<ServiceRow> m_rows;
};

} // namespace bt
