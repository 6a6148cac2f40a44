#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace bt {

class ServeMirror;
class ClientTableModel;
class SwarmPanel;
class ThroughputChart;

// What the administrator watches while the lab boots: every client with
// its state and progress (sortable, filterable), the swarm totals and the
// throughput chart.
class DashboardPanel : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardPanel(ServeMirror *mirror, QWidget *parent = nullptr);

    ClientTableModel *model() const;
    QSortFilterProxyModel *proxy() const;
    QTableView *view() const;
    ThroughputChart *chart() const;
    // A warning about the lab network above the clients (e.g. another DHCP
    // server appeared); an empty text hides it.
    void setNetworkAlert(const QString &text);
    QLabel *networkAlert() const { return m_alert; }

private:
    void updateSummary();

    ServeMirror *m_mirror;
    ClientTableModel *m_model;
    QSortFilterProxyModel *m_stateFilter;
    QSortFilterProxyModel *m_textFilter;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_state;
    QLabel *m_summary;
    QLabel *m_alert;
    SwarmPanel *m_swarm;
    ThroughputChart *m_chart;
};

} // namespace bt
