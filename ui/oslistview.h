#pragma once

#include <QTableView>

namespace bt {

// The OS table; accepts files and folders dragged in from a file manager.
class OsListView : public QTableView
{
    Q_OBJECT
public:
    explicit OsListView(QWidget *parent = nullptr);

Q_SIGNALS:
    // Local paths of the dropped files and folders.
    void pathsDropped(const QStringList &paths);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    static QStringList localPaths(const QMimeData *mimeData);
};

} // namespace bt
