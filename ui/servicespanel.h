#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace bt {

class ServeMirror;

// The serving state and each service the server runs: state, pid,
// restarts and the last error.
class ServicesPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ServicesPanel(ServeMirror *mirror, QWidget *parent = nullptr);

private:
    void updateState();

    ServeMirror *m_mirror;
    QLabel *m_state;
    QTableView *m_view;
};

} // namespace bt
