#pragma once

#include "builder/builder.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace bt {

class BuildJob;

// Runs a build in the background and shows it: the current step, the
// overall percentage, Cancel, and the result of the last build.
class BuildPanel : public QWidget
{
    Q_OBJECT
public:
    explicit BuildPanel(QWidget *parent = nullptr);
    ~BuildPanel() override;

    void setOptions(const Builder::Options &options);
    bool isRunning() const;
    int percent() const; // of the running or last build

    // Shows failures in a dialog when true (the window), inline only when false.
    void setDialogsEnabled(bool enabled);

public Q_SLOTS:
    void start(const bt::Environment &environment);
    void cancel();

Q_SIGNALS:
    void started();
    void finished(bool ok, const bt::BuildReport &report, const bt::Problems &problems);
    void statusMessage(const QString &text);

private:
    void onProgress(const QString &step, qint64 done, qint64 total);
    void onFinished(bool ok, const bt::BuildReport &report, const bt::Problems &problems);

    Builder::Options m_options;
    BuildJob *m_job = nullptr;
    bool m_dialogs = true;
    bool m_cancelRequested = false;
    QLabel *m_step;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_result;
};

} // namespace bt
