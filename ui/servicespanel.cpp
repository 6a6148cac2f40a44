#include "servicespanel.h"

#include "serve/servemirror.h"
#include "servicetablemodel.h"

#include <QHeaderView>
#include <QHostAddress>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace bt {

ServicesPanel::ServicesPanel(ServeMirror *mirror, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
    , m_state(new QLabel)
    , m_view(new QTableView)
{
    m_state->setObjectName(QStringLiteral("serverState"));
    m_view->setObjectName(QStringLiteral("serviceTable"));
    m_view->setModel(new ServiceTableModel(mirror, this));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setShowGrid(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_view);
    connect(m_mirror, &ServeMirror::servingStateChanged, this, &ServicesPanel::updateState);
    connect(m_mirror, &ServeMirror::linkChanged, this, &ServicesPanel::updateState);
    updateState();
}

void ServicesPanel::updateState()
{
    QString text;
    switch (m_mirror->link()) {
    case ServeMirror::Link::Detached:
        m_state->setText(tr("Not serving."));
        return;
    case ServeMirror::Link::Connecting:
        text = tr("Waiting for the server…");
        break;
    case ServeMirror::Link::Refused:
        text = m_mirror->linkError();
        break;
    case ServeMirror::Link::Lost:
        text = tr("The server no longer answers: %1").arg(m_mirror->linkError());
        break;
    case ServeMirror::Link::Attached: {
        const QString state = m_mirror->servingState();
        if (state == QLatin1String("starting"))
            text = tr("Starting the services…");
        else if (state == QLatin1String("running"))
            text = tr("Serving the lab from %1.").arg(m_mirror->environment());
        else if (state == QLatin1String("stopping"))
            text = tr("Stopping the services…");
        else if (state == QLatin1String("failed"))
            text = tr("Serving failed; see the last error of each service and the log.");
        else
            text = tr("Not serving.");
        break;
    }
    }
    // A serve of another machine says where it is.
    const AdminEndpoint &endpoint = m_mirror->endpoint();
    if (endpoint.netns.isEmpty() && !endpoint.host.isEmpty()
        && !QHostAddress(endpoint.host).isLoopback())
        text += QLatin1Char('\n') + tr("Server: %1").arg(endpoint.address());
    m_state->setText(text);
}

} // namespace bt
