#pragma once

#include <QWidget>

class QListView;
class QStandardItemModel;

namespace bt {

// What the window shows with no environment open: New, Open and the
// environments opened lately.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // Reads the recent list again (after an open or a save).
    void refresh();
    QListView *recentView() const;

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void openDirRequested(const QString &dir);

private:
    QListView *m_recent;
    QStandardItemModel *m_model;
};

} // namespace bt
