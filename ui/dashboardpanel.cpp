#include "dashboardpanel.h"

#include "clienttablemodel.h"
#include "progressdelegate.h"
#include "serve/servemirror.h"
#include "swarmpanel.h"
#include "throughputchart.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace bt {

DashboardPanel::DashboardPanel(ServeMirror *mirror, QWidget *parent)
    : QWidget(parent)
    , m_mirror(mirror)
    , m_model(new ClientTableModel(mirror, this))
    , m_stateFilter(new QSortFilterProxyModel(this))
    , m_textFilter(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_state(new QComboBox)
    , m_summary(new QLabel)
    , m_alert(new QLabel)
    , m_swarm(new SwarmPanel(mirror))
    , m_chart(new ThroughputChart(mirror))
{
    m_stateFilter->setSourceModel(m_model);
    m_stateFilter->setFilterKeyColumn(ClientTableModel::StateColumn);
    m_stateFilter->setFilterRole(ClientTableModel::StateRole);
    m_textFilter->setSourceModel(m_stateFilter);
    m_textFilter->setFilterKeyColumn(-1);
    m_textFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textFilter->setSortRole(ClientTableModel::SortRole);
    m_textFilter->setDynamicSortFilter(true);

    m_view->setObjectName(QStringLiteral("clientTable"));
    m_view->setModel(m_textFilter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ClientTableModel::IpColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setItemDelegateForColumn(ClientTableModel::ProgressColumn,
        new ProgressDelegate(ClientTableModel::ProgressRole, m_view));
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->resizeSection(ClientTableModel::NameColumn, 120);
    header->resizeSection(ClientTableModel::MacColumn, 140);
    header->resizeSection(ClientTableModel::IpColumn, 110);
    header->resizeSection(ClientTableModel::FirmwareColumn, 140);
    header->resizeSection(ClientTableModel::StateColumn, 150);
    header->resizeSection(ClientTableModel::ProgressColumn, 140);

    m_search->setObjectName(QStringLiteral("clientSearch"));
    m_search->setPlaceholderText(tr("Filter by name, MAC, IP, hostname or OS"));
    m_search->setClearButtonEnabled(true);
    m_state->setObjectName(QStringLiteral("clientStateFilter"));
    m_state->addItem(tr("All states"), -1);
    for (ClientState state : allClientStates())
        m_state->addItem(ClientTableModel::stateText(state), int(state));
    m_state->addItem(ClientTableModel::offText(), ClientTableModel::OffState);
    auto *searchLabel = new QLabel(tr("F&ilter:"));
    searchLabel->setBuddy(m_search);
    m_summary->setObjectName(QStringLiteral("clientSummary"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(searchLabel);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_state);
    bar->addWidget(m_summary);

    auto *clients = new QWidget;
    auto *clientsLayout = new QVBoxLayout(clients);
    clientsLayout->setContentsMargins(0, 0, 0, 0);
    clientsLayout->addLayout(bar);
    clientsLayout->addWidget(m_view);

    auto *swarmBox = new QGroupBox(tr("Swarm"));
    auto *swarmLayout = new QVBoxLayout(swarmBox);
    swarmLayout->addWidget(m_swarm);
    swarmLayout->addStretch();
    auto *bottom = new QSplitter(Qt::Horizontal);
    bottom->addWidget(swarmBox);
    bottom->addWidget(m_chart);
    bottom->setStretchFactor(1, 3);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(clients);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    // The clients are what the administrator came for: most of the height.
    splitter->setSizes({ 560, 260 });
    bottom->setSizes({ 360, 740 });
    m_alert->setObjectName(QStringLiteral("networkAlert"));
    m_alert->setWordWrap(true);
    m_alert->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c1c; border: "
                                          "1px solid #e57373; padding: 6px; }"));
    m_alert->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_alert);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, m_textFilter,
        &QSortFilterProxyModel::setFilterFixedString);
    connect(m_state, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_state->currentData().toInt();
        m_stateFilter->setFilterRegularExpression(
            state < 0 ? QString() : QStringLiteral("^%1$").arg(state));
    });
    connect(m_mirror, &ServeMirror::clientsChanged, this, &DashboardPanel::updateSummary);
    connect(m_mirror, &ServeMirror::clientsReset, this, &DashboardPanel::updateSummary);
    connect(m_mirror, &ServeMirror::machinesChanged, this, &DashboardPanel::updateSummary);
    connect(m_mirror, &ServeMirror::networkAlertChanged, this, &DashboardPanel::setNetworkAlert);
    // "Last seen" ages without any event; a slow repaint keeps it honest.
    auto *ageing = new QTimer(this);
    ageing->setInterval(5000);
    connect(ageing, &QTimer::timeout, m_view->viewport(), qOverload<>(&QWidget::update));
    ageing->start();
    updateSummary();
}

ClientTableModel *DashboardPanel::model() const { return m_model; }

void DashboardPanel::setNetworkAlert(const QString &text)
{
    m_alert->setText(text);
    m_alert->setVisible(!text.isEmpty());
}

QSortFilterProxyModel *DashboardPanel::proxy() const { return m_textFilter; }

QTableView *DashboardPanel::view() const { return m_view; }

ThroughputChart *DashboardPanel::chart() const { return m_chart; }

void DashboardPanel::updateSummary()
{
    int booted = 0;
    int failed = 0;
    const QList<ClientRecord> clients = m_mirror->clients();
    for (const ClientRecord &client : clients) {
        booted += client.state == ClientState::Booted;
        failed += client.state == ClientState::Failed;
    }
    const int off = m_model->offCount();
    m_summary->setText(off > 0
            ? tr("%1 clients, %2 booted, %3 failed, %4 off")
                  .arg(clients.size())
                  .arg(booted)
                  .arg(failed)
                  .arg(off)
            : tr("%1 clients, %2 booted, %3 failed").arg(clients.size()).arg(booted).arg(failed));
}

} // namespace bt
