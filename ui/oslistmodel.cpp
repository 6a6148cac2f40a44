#include "oslistmodel.h"

#include "environmentdocument.h"
#include "themeicon.h"

#include <QFont>

namespace bt {

OsListModel::OsListModel(EnvironmentDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const OsConfig &os : m_document->environment().oss())
        m_names << os.name;
    connect(m_document, &EnvironmentDocument::changed, this, &OsListModel::update);
}

void OsListModel::update()
{
    QStringList names;
    for (const OsConfig &os : m_document->environment().oss())
        names << os.name;
    if (names != m_names) {
        // Entries came or went: views keep their selection by name, not row.
        beginResetModel();
        m_names = names;
        endResetModel();
        return;
    }
    if (!m_names.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int OsListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_names.size());
}

int OsListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OsListModel::methodText(BootMethod method)
{
    switch (method) {
    case BootMethod::Kexec:
        return tr("Linux kernel (kexec)");
    case BootMethod::BinQemuX86_64:
        return tr("Disk image in qemu");
    case BootMethod::Bin:
        return tr("Program");
    }
    return {};
}

QStringList OsListModel::problemsOf(const QString &name) const
{
    QStringList messages;
    const QString prefix = QStringLiteral("oss/") + name + u'/';
    for (const Problem &problem : m_document->problems()) {
        if (problem.file.startsWith(prefix) || problem.file == QStringLiteral("oss/") + name)
            messages << (problem.keyPath.isEmpty()
                    ? problem.message
                    : problem.keyPath + QStringLiteral(": ") + problem.message);
    }
    return messages;
}

QVariant OsListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString name = m_names.at(index.row());
    const std::optional<OsConfig> os = m_document->environment().os(name);
    if (!os)
        return {};
    const bool isDefault = m_document->environment().boot().defaultOs == name;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return name;
        case DisplayNameColumn:
            return os->dispname;
        case MethodColumn:
            return methodText(os->method);
        case DefaultColumn:
            return isDefault ? tr("Default") : QString();
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == NameColumn) {
            if (!problemsOf(name).isEmpty())
                return themeIcon(QStringLiteral("dialog-warning"));
            switch (os->method) {
            case BootMethod::Kexec:
                return themeIcon(QStringLiteral("os-linux"));
            case BootMethod::BinQemuX86_64:
                return themeIcon(QStringLiteral("media-optical"));
            case BootMethod::Bin:
                return themeIcon(QStringLiteral("application-x-executable"));
            }
        }
        if (index.column() == DefaultColumn && isDefault)
            return themeIcon(QStringLiteral("starred"));
        break;
    case Qt::ToolTipRole: {
        const QStringList problems = problemsOf(name);
        if (!problems.isEmpty())
            return problems.join(u'\n');
        break;
    }
    case Qt::FontRole:
        if (isDefault) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case NameRole:
        return name;
    case ProblemsRole:
        return problemsOf(name);
    }
    return {};
}

QVariant OsListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Folder");
    case DisplayNameColumn:
        return tr("Shown as");
    case MethodColumn:
        return tr("Boots as");
    case DefaultColumn:
        return tr("Default");
    }
    return {};
}

int OsListModel::rowOf(const QString &name) const { return int(m_names.indexOf(name)); }

QString OsListModel::nameAt(int row) const { return m_names.value(row); }

} // namespace bt
