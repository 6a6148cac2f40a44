#pragma once

#include <QStyledItemDelegate>

namespace bt {

// Paints a progress bar from an index's ProgressRole (0..100).
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProgressDelegate(int progressRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace bt
