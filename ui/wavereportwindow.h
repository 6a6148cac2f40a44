#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QLineSeries;
class QPushButton;
class QTableView;
class QValueAxis;

namespace bt {

class WaveReport;
class WaveReportFeed;
class WaveReportTableModel;

// "Boot Wave Report": the wave a serve follows, as its admin API reports it
// (WaveReportFeed): the curve of machines booted over time, every machine's
// times and bytes, "Wave Is Over" to settle it, and exports to CSV and PNG.
// Files are written on a worker thread.
class WaveReportWindow : public QWidget
{
    Q_OBJECT
public:
    explicit WaveReportWindow(WaveReportFeed *feed, QWidget *parent = nullptr);

    WaveReportTableModel *model() const { return m_model; }
    QLineSeries *curve() const { return m_curve; }
    QString summaryText() const;
    QString statusText() const;

    // Writes FILE and FILE-curve.csv / the curve's picture, off the GUI
    // thread; exported() tells how it went.
    void exportCsv(const QString &file);
    void exportPng(const QString &file);

Q_SIGNALS:
    // error: empty when every file was written.
    void exported(const QString &file, const QString &error);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onReportChanged();
    void setStatus(const QString &text);
    void chooseCsv();
    void choosePng();
    // Runs `write` on a worker thread; its result is the error, empty when none.
    void runExport(const QString &file, const std::function<QString()> &write);
    void finishExport(const QString &file, const QString &error);

    WaveReportFeed *m_feed;
    WaveReportTableModel *m_model;
    QLabel *m_summary;
    QLabel *m_totals;
    QLabel *m_status;
    QLineSeries *m_curve;
    QValueAxis *m_timeAxis;
    QValueAxis *m_countAxis;
    QPushButton *m_settle;
    QPushButton *m_csv;
    QPushButton *m_png;
};

} // namespace bt
