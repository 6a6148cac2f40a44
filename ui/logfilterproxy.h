#pragma once

#include <QSortFilterProxyModel>

namespace bt {

// Lines of core's LogModel from one source (or all) that contain a text.
class LogFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LogFilterProxy(QObject *parent = nullptr);

    void setSource(const QString &source); // empty: every source
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_source;
    QString m_text;
};

} // namespace bt
