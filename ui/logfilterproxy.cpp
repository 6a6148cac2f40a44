#include "logfilterproxy.h"

#include "serve/logmodel.h"

namespace bt {

LogFilterProxy::LogFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void LogFilterProxy::setSource(const QString &source)
{
    m_source = source;
    invalidateRowsFilter();
}

void LogFilterProxy::setSearchText(const QString &text)
{
    m_text = text;
    invalidateRowsFilter();
}

bool LogFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_source.isEmpty() && index.data(LogModel::SourceRole).toString() != m_source)
        return false;
    return m_text.isEmpty()
        || index.data(LogModel::TextRole).toString().contains(m_text, Qt::CaseInsensitive);
}

} // namespace bt
