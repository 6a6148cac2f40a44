#include "ospanel.h"

#include "environment/environmentsection.h"
#include "environmentdocument.h"
#include "oslistmodel.h"
#include "oslistview.h"
#include "themeicon.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace bt {

namespace {

enum FormField {
    DispnameField = 100,
    KernelField,
    InitrdField,
    CmdlineField,
    ArgsField,
    BinField,
    BinargsField
};

void setText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

OsPanel::OsPanel(EnvironmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new OsListModel(document, this))
    , m_view(new OsListView)
{
    m_view->setObjectName(QStringLiteral("osList"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setSectionResizeMode(
        OsListModel::NameColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(
        OsListModel::DisplayNameColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(
        OsListModel::MethodColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(
        OsListModel::DefaultColumn, QHeaderView::ResizeToContents);

    m_addFiles = new QPushButton(themeIcon(QStringLiteral("list-add")), tr("Add &Files…"));
    m_addFolder = new QPushButton(themeIcon(QStringLiteral("folder-new")), tr("Add F&older…"));
    m_rename = new QPushButton(themeIcon(QStringLiteral("edit-rename")), tr("Re&name…"));
    m_remove = new QPushButton(themeIcon(QStringLiteral("list-remove")), tr("Re&move…"));
    m_makeDefault = new QPushButton(themeIcon(QStringLiteral("starred")), tr("Set as &Default"));
    m_addFiles->setToolTip(
        tr("Copy kernels, initrds, ISO files, disk images or programs into new OS entries"));
    m_addFolder->setToolTip(
        tr("Copy a folder (with its config.yaml, or with boot files) into a new OS entry"));
    m_remove->setToolTip(tr("Delete the selected OS entry and its folder"));
    m_makeDefault->setToolTip(tr("Boot the selected OS when nobody chooses in the client menu"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : { m_addFiles, m_addFolder, m_rename, m_remove, m_makeDefault })
        buttons->addWidget(button);
    buttons->addStretch();

    // The selected entry's form.
    m_form = new QGroupBox(tr("Selected OS"));
    auto *form = new QFormLayout(m_form);
    m_dispname = new QLineEdit;
    m_dispname->setObjectName(QStringLiteral("dispname"));
    auto *dispnameLabel = new QLabel(tr("&Shown as:"));
    dispnameLabel->setBuddy(m_dispname);
    form->addRow(dispnameLabel, m_dispname);
    m_method = new QComboBox;
    m_method->setObjectName(QStringLiteral("method"));
    for (BootMethod method : { BootMethod::Kexec, BootMethod::BinQemuX86_64, BootMethod::Bin })
        m_method->addItem(OsListModel::methodText(method), QVariant::fromValue(int(method)));
    auto *methodLabel = new QLabel(tr("&Boots as:"));
    methodLabel->setBuddy(m_method);
    form->addRow(methodLabel, m_method);

    m_methodPages = new QStackedWidget;
    auto page = [this](QList<std::pair<QString, QLineEdit *>> rows) {
        auto *widget = new QWidget;
        auto *layout = new QFormLayout(widget);
        layout->setContentsMargins(0, 0, 0, 0);
        for (const auto &[label, edit] : rows) {
            auto *text = new QLabel(label);
            text->setBuddy(edit);
            layout->addRow(text, edit);
        }
        m_methodPages->addWidget(widget);
    };
    m_kernel = new QLineEdit;
    m_kernel->setObjectName(QStringLiteral("kernel"));
    m_initrd = new QLineEdit;
    m_initrd->setObjectName(QStringLiteral("initrd"));
    m_cmdline = new QLineEdit;
    m_cmdline->setObjectName(QStringLiteral("cmdline"));
    m_cmdline->setPlaceholderText(tr("e.g. quiet"));
    page({ { tr("&Kernel:"), m_kernel }, { tr("&Initrd:"), m_initrd },
        { tr("&Command line:"), m_cmdline } });
    m_args = new QLineEdit;
    m_args->setObjectName(QStringLiteral("args"));
    m_args->setPlaceholderText(tr("e.g. -cdrom image.iso -m 1024"));
    page({ { tr("qemu &arguments:"), m_args } });
    m_bin = new QLineEdit;
    m_bin->setObjectName(QStringLiteral("bin"));
    m_binargs = new QLineEdit;
    m_binargs->setObjectName(QStringLiteral("binargs"));
    page({ { tr("&Program:"), m_bin }, { tr("&Arguments:"), m_binargs } });
    form->addRow(m_methodPages);
    m_osProblems = new QLabel;
    m_osProblems->setObjectName(QStringLiteral("osProblems"));
    m_osProblems->setWordWrap(true);
    m_osProblems->setTextFormat(Qt::PlainText);
    m_osProblems->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    form->addRow(m_osProblems);
    auto *hint = new QLabel(tr("File names are relative to the OS folder."));
    hint->setEnabled(false);
    form->addRow(hint);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("dropNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4e5; color: #8a4b00; border: 1px solid #ffd8a8; "
                       "border-radius: 4px; padding: 6px; }"));
    m_notice->hide();

    m_copyRow = new QWidget;
    auto *copyLayout = new QHBoxLayout(m_copyRow);
    copyLayout->setContentsMargins(0, 0, 0, 0);
    m_copyLabel = new QLabel;
    m_copyProgress = new QProgressBar;
    m_copyProgress->setObjectName(QStringLiteral("copyProgress"));
    m_copyProgress->setRange(0, 1000);
    m_copyCancel = new QPushButton(themeIcon(QStringLiteral("process-stop")), tr("&Cancel Copy"));
    copyLayout->addWidget(m_copyLabel);
    copyLayout->addWidget(m_copyProgress, 1);
    copyLayout->addWidget(m_copyCancel);
    m_copyRow->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_notice);
    layout->addWidget(m_copyRow);

    connect(m_view, &OsListView::pathsDropped, this, &OsPanel::addPaths);
    connect(m_addFiles, &QPushButton::clicked, this, &OsPanel::addFilesDialog);
    connect(m_addFolder, &QPushButton::clicked, this, &OsPanel::addFolderDialog);
    connect(m_rename, &QPushButton::clicked, this, &OsPanel::askRename);
    connect(m_remove, &QPushButton::clicked, this, &OsPanel::askRemove);
    connect(m_makeDefault, &QPushButton::clicked, this, [this] { setDefault(selectedName()); });
    connect(m_copyCancel, &QPushButton::clicked, this, &OsPanel::cancelCopy);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &OsPanel::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OsPanel::showSelected);
    connect(m_document, &EnvironmentDocument::changed, this, &OsPanel::showSelected);

    connect(m_dispname, &QLineEdit::textEdited, this, [this](const QString &text) {
        commitOs(
            tr("Change display name"), DispnameField, [text](OsConfig &os) { os.dispname = text; });
    });
    connect(m_method, &QComboBox::activated, this, [this] {
        const auto method = BootMethod(m_method->currentData().toInt());
        commitOs(tr("Change boot method"), -1, [method](OsConfig &os) { os.method = method; });
    });
    auto text
        = [this](QLineEdit *edit, const QString &description, int key, QString OsConfig::*member) {
              connect(edit, &QLineEdit::textEdited, this,
                  [this, description, key, member](const QString &value) {
                      commitOs(description, key,
                          [value, member](OsConfig &os) { os.*member = value.trimmed(); });
                  });
          };
    text(m_kernel, tr("Change kernel"), KernelField, &OsConfig::kernel);
    text(m_initrd, tr("Change initrd"), InitrdField, &OsConfig::initrd);
    text(m_cmdline, tr("Change command line"), CmdlineField, &OsConfig::cmdline);
    text(m_args, tr("Change qemu arguments"), ArgsField, &OsConfig::args);
    text(m_bin, tr("Change program"), BinField, &OsConfig::bin);
    text(m_binargs, tr("Change program arguments"), BinargsField, &OsConfig::binargs);

    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    showSelected();
}

OsPanel::~OsPanel() = default;

OsListView *OsPanel::view() const { return m_view; }

OsListModel *OsPanel::model() const { return m_model; }

bool OsPanel::isCopying() const { return m_copyJob != nullptr; }

QString OsPanel::selectedName() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->nameAt(current.row()) : QString();
}

void OsPanel::select(const QString &name)
{
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_view->selectRow(row);
}

void OsPanel::showSelected()
{
    const QString name = selectedName();
    const std::optional<OsConfig> os
        = name.isEmpty() ? std::nullopt : m_document->environment().os(name);
    m_form->setEnabled(os.has_value());
    m_refreshing = true;
    if (os) {
        m_form->setTitle(tr("Selected OS: %1").arg(name));
        setText(m_dispname, os->dispname);
        m_method->setCurrentIndex(m_method->findData(int(os->method)));
        m_methodPages->setCurrentIndex(m_method->currentIndex());
        setText(m_kernel, os->kernel);
        setText(m_initrd, os->initrd);
        setText(m_cmdline, os->cmdline);
        setText(m_args, os->args);
        setText(m_bin, os->bin);
        setText(m_binargs, os->binargs);
        const QStringList problems = m_model->problemsOf(name);
        m_osProblems->setText(problems.join(u'\n'));
        m_osProblems->setVisible(!problems.isEmpty());
    } else {
        m_form->setTitle(tr("Selected OS"));
        for (QLineEdit *edit :
            { m_dispname, m_kernel, m_initrd, m_cmdline, m_args, m_bin, m_binargs })
            edit->clear();
        m_osProblems->hide();
    }
    m_refreshing = false;
    updateButtons();
}

void OsPanel::updateButtons()
{
    const QString name = selectedName();
    const bool selected = !name.isEmpty();
    m_rename->setEnabled(selected && !isCopying());
    m_remove->setEnabled(selected && !isCopying());
    m_makeDefault->setEnabled(selected && m_document->environment().boot().defaultOs != name);
    m_addFiles->setEnabled(!isCopying());
    m_addFolder->setEnabled(!isCopying());
}

void OsPanel::commitOs(
    const QString &description, int mergeKey, const std::function<void(OsConfig &)> &change)
{
    if (m_refreshing)
        return;
    const QString name = selectedName();
    Environment edited = m_document->environment();
    std::optional<OsConfig> os = edited.os(name);
    if (!os)
        return;
    change(*os);
    edited.setOs(*os);
    // Merge keys are per entry, so typing in two entries makes two steps.
    m_document->edit(
        edited, description, mergeKey < 0 ? -1 : mergeKey * 1000 + m_model->rowOf(name));
}

void OsPanel::showNotice(const QStringList &lines)
{
    m_notice->setText(lines.join(u'\n'));
    m_notice->setVisible(!lines.isEmpty());
}

void OsPanel::addFilesDialog()
{
    const QStringList files
        = QFileDialog::getOpenFileNames(this, tr("Add Operating Systems"), QDir::homePath(),
            tr("Boot files (vmlinuz* bzImage* kernel* initrd* initramfs* *.iso *.img *.qcow2 "
               "*.raw);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void OsPanel::addFolderDialog()
{
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Add an OS Folder"), QDir::homePath());
    if (!folder.isEmpty())
        addPaths({ folder });
}

void OsPanel::addPaths(const QStringList &paths)
{
    if (isCopying()) {
        showNotice({ tr("Files are still being copied. Wait until the copy is done, or cancel it, "
                        "then drop again.") });
        return;
    }
    const Environment &env = m_document->environment();
    QStringList taken;
    for (const OsConfig &os : env.oss())
        taken << os.name;
    taken << QDir(env.dir() + QStringLiteral("/oss")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);

    const DropClassification classification = DropClassifier(taken).classify(paths);
    showNotice(classification.rejected);
    if (classification.plans.isEmpty())
        return;

    CopyItems items;
    for (const DropPlan &plan : classification.plans) {
        const QString dir = env.osDir(plan.config.name);
        for (const CopyItem &file : plan.files)
            items << CopyItem { file.source, dir + u'/' + file.target };
    }
    m_pendingPlans = classification.plans;
    m_copyJob = new FileCopyJob(items, this);
    connect(m_copyJob, &FileCopyJob::progress, this,
        [this](const QString &, qint64 done, qint64 total) {
            const QLocale locale;
            m_copyProgress->setValue(total > 0 ? int(done * 1000 / total) : 1000);
            m_copyProgress->setFormat(
                tr("%1 of %2")
                    .arg(locale.formattedDataSize(done), locale.formattedDataSize(total)));
        });
    connect(m_copyJob, &FileCopyJob::finished, this, &OsPanel::copyDone);
    QStringList names;
    for (const DropPlan &plan : std::as_const(m_pendingPlans))
        names << plan.config.name;
    m_copyLabel->setText(tr("Copying into %1:").arg(names.join(QStringLiteral(", "))));
    m_copyProgress->setValue(0);
    m_copyProgress->setFormat(QString());
    m_copyRow->show();
    Q_EMIT statusMessage(tr("Copying files for %1…").arg(names.join(QStringLiteral(", "))));
    m_copyJob->start();
    updateButtons();
}

void OsPanel::cancelCopy()
{
    if (m_copyJob)
        m_copyJob->cancel();
}

void OsPanel::copyDone(FileCopyJob::Outcome outcome, const QString &error)
{
    m_copyJob->deleteLater();
    m_copyJob = nullptr;
    m_copyRow->hide();
    const QList<DropPlan> plans = std::exchange(m_pendingPlans, {});
    if (outcome == FileCopyJob::Outcome::Cancelled) {
        Q_EMIT statusMessage(tr("Copy cancelled; the partly copied files were removed."));
        updateButtons();
        Q_EMIT copyFinished(false);
        return;
    }
    if (outcome == FileCopyJob::Outcome::Failed) {
        QMessageBox box(QMessageBox::Warning, tr("Copy Failed"), error, QMessageBox::Ok, this);
        box.setInformativeText(tr("No OS entry was added. The partly copied files were removed."));
        box.setWindowModality(Qt::WindowModal);
        box.exec();
        updateButtons();
        Q_EMIT copyFinished(false);
        return;
    }

    Environment edited = m_document->environment();
    QStringList notes;
    std::optional<Environment> onDisk;
    for (const DropPlan &plan : plans) {
        OsConfig config = plan.config;
        if (plan.importsFolder) {
            // The folder's own config.yaml is read by the core, as on open.
            if (!onDisk) {
                Result<Environment> read = Environment::read(edited.dir());
                if (read.ok())
                    onDisk = read.value();
                else
                    notes << toString(read.problems());
            }
            if (onDisk && onDisk->os(plan.config.name))
                config = *onDisk->os(plan.config.name);
            else
                notes << tr("The config.yaml of %1 could not be read; check its fields.")
                             .arg(plan.config.name);
        }
        edited.setOs(config);
    }
    if (edited.boot().defaultOs.isEmpty())
        setSetting(edited, &BootSettings::defaultOs, plans.first().config.name);
    m_document->edit(edited, tr("Add %n OS(es)", nullptr, int(plans.size())));
    select(plans.first().config.name);
    if (!notes.isEmpty())
        showNotice(notes);
    Q_EMIT statusMessage(tr("Added %n OS(es).", nullptr, int(plans.size())));
    updateButtons();
    Q_EMIT copyFinished(true);
}

void OsPanel::setDefault(const QString &name)
{
    if (name.isEmpty())
        return;
    Environment edited = m_document->environment();
    setSetting(edited, &BootSettings::defaultOs, name);
    m_document->edit(edited, tr("Set %1 as default").arg(name));
}

QString OsPanel::renameOs(const QString &from, const QString &to)
{
    Environment edited = m_document->environment();
    std::optional<OsConfig> os = edited.os(from);
    if (!os)
        return tr("There is no OS named %1.").arg(from);
    if (to.isEmpty() || DropClassifier::folderName(to, {}) != to)
        return tr("Use only lower-case letters, digits, '.', '-' and '_' for a folder name.");
    if (edited.os(to) || QFileInfo::exists(edited.osDir(to)))
        return tr("An OS folder named %1 exists already; choose another name.").arg(to);
    if (QFileInfo::exists(edited.osDir(from))
        && !QDir().rename(edited.osDir(from), edited.osDir(to)))
        return tr("Could not rename the folder %1. Check that no program uses it and that you may "
                  "write there.")
            .arg(QDir::toNativeSeparators(edited.osDir(from)));
    edited.removeOs(from);
    os->name = to;
    edited.setOs(*os);
    if (edited.boot().defaultOs == from)
        setSetting(edited, &BootSettings::defaultOs, to);
    // The folder moved on disk; undoing earlier edits would point at the old name.
    m_document->replaceForgettingHistory(edited);
    select(to);
    Q_EMIT statusMessage(
        tr("Renamed %1 to %2. Save to keep the new name in Boottorrent.yaml.").arg(from, to));
    return {};
}

QString OsPanel::removeOs(const QString &name)
{
    Environment edited = m_document->environment();
    const QString dir = edited.osDir(name);
    if (QFileInfo::exists(dir) && !QDir(dir).removeRecursively())
        return tr(
            "Could not delete every file in %1. Check the folder's permissions, then try again.")
            .arg(QDir::toNativeSeparators(dir));
    edited.removeOs(name);
    if (edited.boot().defaultOs == name)
        setSetting(edited, &BootSettings::defaultOs, QString());
    // The files are gone; no undo step could bring them back.
    m_document->replaceForgettingHistory(edited);
    Q_EMIT statusMessage(tr("Removed %1 and its folder.").arg(name));
    return {};
}

void OsPanel::askRename()
{
    const QString from = selectedName();
    if (from.isEmpty())
        return;
    bool ok = false;
    const QString to = QInputDialog::getText(this, tr("Rename OS"),
        tr("New folder name for %1 (lower-case letters, digits, '.', '-', '_'):").arg(from),
        QLineEdit::Normal, from, &ok);
    if (!ok || to == from)
        return;
    const QString error = renameOs(from, to.trimmed());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Rename OS"), error);
}

void OsPanel::askRemove()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    const QString dir = QDir::toNativeSeparators(m_document->environment().osDir(name));
    const auto answer = QMessageBox::question(this, tr("Remove OS"),
        tr("Remove %1 and delete its folder %2 with every file in it? This cannot be undone.")
            .arg(name, dir),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const QString error = removeOs(name);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Remove OS"), error);
}

} // namespace bt
