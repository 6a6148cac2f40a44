#include "servicespanel.h"

#include "servicetablemodel.h"
#include "serve/server.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bt {

ServicesPanel::ServicesPanel(Server *server, QWidget *parent)
    : QWidget(parent)
    , m_server(server)
    , m_state(new QLabel)
    , m_view(new QTableView)
{
    m_state->setObjectName(QStringLiteral("serverState"));
    m_view->setObjectName(QStringLiteral("serviceTable"));
    m_view->setModel(new ServiceTableModel(server->services(), this));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_view);
    connect(m_server, &Server::stateChanged, this, &ServicesPanel::updateState);
    updateState();
}

void ServicesPanel::updateState()
{
    switch (m_server->state()) {
    case Server::State::Stopped:
        m_state->setText(tr("Not serving."));
        break;
    case Server::State::Starting:
        m_state->setText(tr("Starting the services…"));
        break;
    case Server::State::Running:
        m_state->setText(tr("Serving the lab from %1.").arg(m_server->environment().dir()));
        break;
    case Server::State::Stopping:
        m_state->setText(tr("Stopping the services…"));
        break;
    case Server::State::Failed:
        m_state->setText(tr("Serving failed; see the last error of each service and the log."));
        break;
    }
}

} // namespace bt
