#include "wavereportwindow.h"

#include "serve/wavereport.h"
#include "serve/wavereportfeed.h"
#include "serve/wavereportfiles.h"
#include "wavecurveimage.h"
#include "wavereporttablemodel.h"

#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>
#include <QtConcurrent/QtConcurrentRun>

namespace bt {

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return {};
    return file.errorString();
}

} // namespace

WaveReportWindow::WaveReportWindow(WaveReportFeed *feed, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_feed(feed)
    , m_model(new WaveReportTableModel(this))
    , m_summary(new QLabel)
    , m_totals(new QLabel)
    , m_status(new QLabel)
    , m_curve(new QLineSeries)
    , m_timeAxis(new QValueAxis)
    , m_countAxis(new QValueAxis)
    , m_settle(new QPushButton(tr("Wave Is &Over")))
    , m_csv(new QPushButton(tr("Export &CSV…")))
    , m_png(new QPushButton(tr("Export &PNG…")))
{
    setObjectName(QStringLiteral("waveReportWindow"));
    setWindowTitle(tr("Boot Wave Report"));
    resize(900, 640);
    QFont big = m_summary->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_summary->setFont(big);
    m_summary->setObjectName(QStringLiteral("waveSummary"));
    m_totals->setObjectName(QStringLiteral("waveTotals"));
    m_status->setObjectName(QStringLiteral("waveStatus"));
    m_status->setWordWrap(true);
    m_settle->setObjectName(QStringLiteral("waveSettle"));
    m_settle->setToolTip(tr("Settle the wave now: the machines still on their way are reported "
                            "as they are, and serve keeps the report in the environment's reports "
                            "folder."));

    m_curve->setName(tr("Machines booted"));
    m_curve->setColor(QColor(0x1e, 0x88, 0xe5));
    auto *chart = new QChart;
    chart->addSeries(m_curve);
    m_timeAxis->setTitleText(tr("Minutes since the first machine asked for an address"));
    m_timeAxis->setLabelFormat(QStringLiteral("%.1f"));
    m_countAxis->setTitleText(tr("Machines booted"));
    m_countAxis->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(m_timeAxis, Qt::AlignBottom);
    chart->addAxis(m_countAxis, Qt::AlignLeft);
    m_curve->attachAxis(m_timeAxis);
    m_curve->attachAxis(m_countAxis);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto *chartView = new QChartView(chart);
    chartView->setObjectName(QStringLiteral("waveChart"));
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(200);

    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(WaveReportTableModel::SortRole);
    auto *table = new QTableView;
    table->setObjectName(QStringLiteral("waveTable"));
    table->setModel(proxy);
    // In the order the machines came until the admin sorts.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(chartView);
    splitter->addWidget(table);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_settle);
    buttons->addWidget(m_csv);
    buttons->addWidget(m_png);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_totals);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    connect(m_feed, &WaveReportFeed::reportChanged, this, &WaveReportWindow::onReportChanged);
    connect(m_feed, &WaveReportFeed::errorChanged, this, &WaveReportWindow::setStatus);
    connect(m_settle, &QPushButton::clicked, this, [this] {
        m_settle->setEnabled(false);
        m_feed->settle([this](const QString &error) {
            setStatus(error.isEmpty() ? tr("The wave is settled; serve keeps its report.")
                                      : tr("The wave was not settled: %1").arg(error));
            onReportChanged();
        });
    });
    connect(m_csv, &QPushButton::clicked, this, &WaveReportWindow::chooseCsv);
    connect(m_png, &QPushButton::clicked, this, &WaveReportWindow::choosePng);
    onReportChanged();
}

// The report is asked for only while the window shows it.
void WaveReportWindow::showEvent(QShowEvent *event)
{
    m_feed->setActive(true);
    QWidget::showEvent(event);
}

void WaveReportWindow::hideEvent(QHideEvent *event)
{
    m_feed->setActive(false);
    QWidget::hideEvent(event);
}

QString WaveReportWindow::summaryText() const { return m_summary->text(); }

QString WaveReportWindow::statusText() const { return m_status->text(); }

void WaveReportWindow::setStatus(const QString &text) { m_status->setText(text); }

void WaveReportWindow::onReportChanged()
{
    const WaveReport &report = m_feed->report();
    m_model->setReport(report);
    const int booted = report.bootedCount();
    const int failed = report.failedCount();
    const int total = int(report.machines.size());
    QString summary;
    if (report.status == WaveReport::Status::None)
        summary = tr("No boot wave yet: it starts when the first machine asks for an address.");
    else if (booted == 0)
        summary = tr("%n machine(s) on their way, none booted yet", nullptr, total);
    else
        summary = tr("%n machine(s) booted in %1", nullptr, booted)
                      .arg(WaveReportTableModel::durationText(report.timeToLastBooted()));
    if (failed > 0)
        summary += tr(", %n failed", nullptr, failed);
    if (report.status == WaveReport::Status::Running)
        summary += tr(" (so far)");
    m_summary->setText(summary);

    const qint64 host = report.bytesFromHost();
    const qint64 peers = report.bytesFromPeers();
    QString totals = tr("Median time to booted: %1. From the host %2, from peers %3.")
                         .arg(WaveReportTableModel::durationText(report.medianToBooted()),
                             QLocale().formattedDataSize(host), QLocale().formattedDataSize(peers));
    if (report.status == WaveReport::Status::Settled)
        totals += QLatin1Char(' ')
            + tr("Settled %1.")
                  .arg(QLocale().toString(report.settled.toLocalTime(), QLocale::ShortFormat));
    m_totals->setText(totals);

    QList<QPointF> points;
    const QList<WavePoint> curve = report.curve();
    for (const WavePoint &point : curve) {
        const double minutes = double(point.ms) / 60000.0;
        if (!points.isEmpty())
            points << QPointF(minutes, points.last().y());
        points << QPointF(minutes, point.booted);
    }
    m_curve->replace(points);
    m_timeAxis->setRange(0, std::max(1.0, double(curve.last().ms) / 60000.0 * 1.05));
    m_timeAxis->applyNiceNumbers();
    m_countAxis->setRange(0, std::max(1, total));
    m_countAxis->setTickCount(std::min(total, 10) + 1 < 2 ? 2 : std::min(total, 10) + 1);

    m_settle->setEnabled(report.status == WaveReport::Status::Running && m_feed->isAttached());
    m_csv->setEnabled(report.status != WaveReport::Status::None);
    m_png->setEnabled(report.status != WaveReport::Status::None);
}

void WaveReportWindow::chooseCsv()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Wave as CSV"),
        QDir::home().filePath(QStringLiteral("boot-wave.csv")), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file);
}

void WaveReportWindow::choosePng()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Curve as PNG"),
        QDir::home().filePath(QStringLiteral("boot-wave.png")), tr("PNG pictures (*.png)"));
    if (!file.isEmpty())
        exportPng(file);
}

void WaveReportWindow::exportCsv(const QString &file)
{
    runExport(file, [report = m_feed->report(), file] {
        QString error = writeFile(file, report.machinesCsv());
        if (error.isEmpty())
            error = writeFile(WaveReportFiles::curveCsvFile(file), report.curveCsv());
        return error;
    });
}

void WaveReportWindow::exportPng(const QString &file)
{
    runExport(file, [report = m_feed->report(), file] {
        const QImage image = waveCurveImage(report);
        return image.save(file, "PNG") ? QString() : tr("the picture cannot be written");
    });
}

void WaveReportWindow::runExport(const QString &file, const std::function<QString()> &write)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, file] {
        finishExport(file, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(write));
}

void WaveReportWindow::finishExport(const QString &file, const QString &error)
{
    setStatus(error.isEmpty()
            ? tr("Exported to %1.").arg(QDir::toNativeSeparators(file))
            : tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(file), error));
    Q_EMIT exported(file, error);
}

} // namespace bt
