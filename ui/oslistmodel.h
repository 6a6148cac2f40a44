#pragma once

#include "environment/environment.h"

#include <QAbstractTableModel>

namespace bt {

class EnvironmentDocument;

// The environment's OS entries as a table: folder name, display name, boot
// method, default mark; entries with problems carry a warning and the
// messages as tooltip.
class OsListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DisplayNameColumn, MethodColumn, DefaultColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole + 1, ProblemsRole };

    explicit OsListModel(EnvironmentDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &name) const;
    QString nameAt(int row) const;
    // Problem messages for the OS folder oss/<name>/.
    QStringList problemsOf(const QString &name) const;

    static QString methodText(BootMethod method);

private:
    void update();

    EnvironmentDocument *m_document;
    QStringList m_names;
};

} // namespace bt
