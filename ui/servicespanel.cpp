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
    const QString where = m_mirror->endpoint().netns.isEmpty()
            && !m_mirror->endpoint().host.isEmpty()
            && !QHostAddress(m_mirror->endpoint().host).isLoopback()
        ? tr(" (the server at %1)").arg(m_mirror->endpoint().address())
        : QString();
    switch (m_mirror->link()) {
    case ServeMirror::Link::Detached:
        m_state->setText(tr("Not serving."));
        return;
    case ServeMirror::Link::Connecting:
        m_state->setText(tr("Waiting for the server%1…").arg(where));
        return;
    case ServeMirror::Link::Refused:
        m_state->setText(m_mirror->linkError());
        return;
    case ServeMirror::Link::Lost:
        m_state->setText(
            tr("The server%1 no longer answers: %2").arg(where, m_mirror->linkError()));
        return;
    case ServeMirror::Link::Attached:
        break;
    }
    const QString state = m_mirror->servingState();
    if (state == QLatin1String("starting"))
        m_state->setText(tr("Starting the services…"));
    else if (state == QLatin1String("running"))
        m_state->setText(tr("Serving the lab from %1%2.").arg(m_mirror->environment(), where));
    else if (state == QLatin1String("stopping"))
        m_state->setText(tr("Stopping the services…"));
    else if (state == QLatin1String("failed"))
        m_state->setText(tr("Serving failed; see the last error of each service and the log."));
    else
        m_state->setText(tr("Not serving."));
}

} // namespace bt
