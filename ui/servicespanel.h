#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace bt {

class Server;

// The serving state and each service the server runs: state, pid,
// restarts and the last error.
class ServicesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ServicesPanel(Server *server, QWidget *parent = nullptr);

private:
    void updateState();

    Server *m_server;
    QLabel *m_state;
    QTableView *m_view;
};

} // namespace bt
