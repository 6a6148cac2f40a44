#include "buildpanel.h"

#include "builder/buildjob.h"
#include "themeicon.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace bt {

BuildPanel::BuildPanel(QWidget *parent)
    : QWidget(parent)
    , m_step(new QLabel(tr("Not built in this session.")))
    , m_progress(new QProgressBar)
    , m_cancel(new QPushButton(themeIcon(QStringLiteral("process-stop")), tr("Cancel &Build")))
    , m_result(new QLabel)
{
    m_step->setObjectName(QStringLiteral("buildStep"));
    m_progress->setObjectName(QStringLiteral("buildProgress"));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancel->setEnabled(false);
    m_result->setObjectName(QStringLiteral("buildResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_step, 1);
    row->addWidget(m_progress, 2);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addLayout(row);
    layout->addWidget(m_result);

    connect(m_cancel, &QPushButton::clicked, this, &BuildPanel::cancel);
}

BuildPanel::~BuildPanel() = default;

void BuildPanel::setOptions(const Builder::Options &options) { m_options = options; }

void BuildPanel::setDialogsEnabled(bool enabled) { m_dialogs = enabled; }

bool BuildPanel::isRunning() const { return m_job != nullptr; }

int BuildPanel::percent() const { return m_progress->value(); }

void BuildPanel::start(const Environment &environment)
{
    if (isRunning())
        return;
    Builder::Options options = m_options;
    // Hashing on every core but one keeps a core for the window.
    if (options.threads <= 0)
        options.threads = std::max(1, QThread::idealThreadCount() - 1);
    m_job = new BuildJob(environment, options, this);
    connect(m_job, &BuildJob::progress, this, &BuildPanel::onProgress);
    connect(m_job, &BuildJob::finished, this, &BuildPanel::onFinished);
    m_cancelRequested = false;
    m_progress->setValue(0);
    m_step->setText(tr("Starting the build…"));
    m_result->hide();
    m_cancel->setEnabled(true);
    m_job->start();
    Q_EMIT started();
    Q_EMIT statusMessage(tr("Building %1…").arg(environment.dir()));
}

void BuildPanel::cancel()
{
    if (!m_job)
        return;
    m_cancelRequested = true;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Cancelling…"));
}

void BuildPanel::onProgress(const QString &step, qint64 done, qint64 total)
{
    m_step->setText(step);
    m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
}

void BuildPanel::onFinished(bool ok, const BuildReport &report, const Problems &problems)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_cancel->setEnabled(false);
    if (ok) {
        m_progress->setValue(100);
        m_step->setText(tr("Build complete."));
        const QString warnings = report.warnings.join(u'\n');
        m_result->setText(warnings.isEmpty() ? tr("out/ is ready to serve.") : warnings);
        m_result->setStyleSheet(
            warnings.isEmpty() ? QString() : QStringLiteral("QLabel { color: #8a4b00; }"));
        m_result->show();
        Q_EMIT statusMessage(tr("Build complete: %1").arg(report.outDir));
    } else {
        m_step->setText(m_cancelRequested ? tr("Build cancelled; the previous out/ is unchanged.")
                                          : tr("Build failed; the previous out/ is unchanged."));
        m_result->setText(toString(problems));
        m_result->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        m_result->show();
        Q_EMIT statusMessage(m_cancelRequested ? tr("Build cancelled.") : tr("Build failed."));
        if (m_dialogs && !m_cancelRequested) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Build Failed"),
                tr("The build stopped. The previous out/ still serves. Fix what is listed, then "
                   "build again."),
                QMessageBox::Ok, this);
            box->setDetailedText(toString(problems));
            box->setInformativeText(problems.isEmpty() ? QString() : problems.first().toString());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::WindowModal);
            box->open();
        }
    }
    Q_EMIT finished(ok, report, problems);
}

} // namespace bt
