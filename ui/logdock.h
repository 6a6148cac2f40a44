#pragma once

#include <QDockWidget>

class QComboBox;
class QLineEdit;
class QListView;

namespace bt {

class LogFilterProxy;
class LogModel;

// The services' log: every line of core's LogModel, filtered by source and
// by a search text. Follows new lines while scrolled to the bottom.
class LogDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit LogDock(QWidget *parent = nullptr);

    void setLogModel(LogModel *model); // null: empty
    LogFilterProxy *proxy() const;

private:
    QComboBox *m_source;
    QLineEdit *m_search;
    QListView *m_view;
    LogFilterProxy *m_proxy;
};

} // namespace bt
