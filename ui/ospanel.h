#pragma once

#include "dropclassifier.h"
#include "filecopyjob.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QGroupBox;

namespace bt {

class EnvironmentDocument;
class OsListModel;
class OsListView;

// The "Operating systems" page: the OS list (drop files here), the form of
// the selected entry, and the progress of copying dropped files into oss/.
class OsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OsPanel(EnvironmentDocument *document, QWidget *parent = nullptr);
    ~OsPanel() override;

    OsListView *view() const;
    OsListModel *model() const;
    bool isCopying() const;
    QString selectedName() const;
    void select(const QString &name);

    // Classifies the paths and copies their files into new OS folders in the background.
    void addPaths(const QStringList &paths);
    // Renames the folder on disk and the entry; returns what went wrong, or empty.
    QString renameOs(const QString &from, const QString &to);
    // Deletes the folder oss/<name>/ and the entry, without asking.
    QString removeOs(const QString &name);
    void setDefault(const QString &name);
    void cancelCopy();

Q_SIGNALS:
    void copyFinished(bool ok);
    void statusMessage(const QString &text);

private:
    void askRename();
    void askRemove();
    void addFilesDialog();
    void addFolderDialog();
    void copyDone(FileCopyJob::Outcome outcome, const QString &error);
    void showSelected();
    void updateButtons();
    void commitOs(
        const QString &description, int mergeKey, const std::function<void(OsConfig &)> &change);
    void showNotice(const QStringList &lines);

    EnvironmentDocument *m_document;
    OsListModel *m_model;
    OsListView *m_view;
    bool m_refreshing = false;

    QPushButton *m_addFiles;
    QPushButton *m_addFolder;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_makeDefault;

    QGroupBox *m_form;
    QLineEdit *m_dispname;
    QComboBox *m_method;
    QStackedWidget *m_methodPages;
    QLineEdit *m_kernel;
    QLineEdit *m_initrd;
    QLineEdit *m_cmdline;
    QLineEdit *m_args;
    QLineEdit *m_bin;
    QLineEdit *m_binargs;
    QLabel *m_osProblems;

    QLabel *m_notice;
    QWidget *m_copyRow;
    QLabel *m_copyLabel;
    QProgressBar *m_copyProgress;
    QPushButton *m_copyCancel;

    FileCopyJob *m_copyJob = nullptr;
    QList<DropPlan> m_pendingPlans;
};

} // namespace bt
