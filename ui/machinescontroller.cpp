#include "machinescontroller.h"

#include "clienttablemodel.h"
#include "job/job.h"
#include "machinedialog.h"
#include "serve/servemirror.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QTableView>

namespace bt {

namespace {

constexpr qint64 kMaxCsvBytes = 4 * 1024 * 1024;

} // namespace

MachinesController::MachinesController(QWidget *window, ServeMirror *mirror)
    : QObject(window)
    , m_window(window)
    , m_mirror(mirror)
    , m_job(new Job(this))
    , m_menu(new QMenu(tr("&Machines"), window))
{
    m_menu->setObjectName(QStringLiteral("machinesMenu"));
    m_edit = m_menu->addAction(tr("&Edit Machine…"), this, &MachinesController::askEdit);
    m_edit->setObjectName(QStringLiteral("actionEditMachine"));
    m_edit->setStatusTip(
        tr("Name the machine selected on the dashboard, give it its own default OS "
           "or set the OS of its next boot"));
    m_menu->addSeparator();
    m_powerOnSelected = m_menu->addAction(tr("&Power On Selected Machines"), this, [this] {
        const QStringList macs = selectedMacs();
        if (macs.isEmpty())
            Q_EMIT statusMessage(tr("Select the machines to power on in the dashboard first."));
        else
            powerOn(macs);
    });
    m_powerOnSelected->setObjectName(QStringLiteral("actionPowerOn"));
    m_powerOnSelected->setStatusTip(tr("Wake the machines selected on the dashboard with "
                                       "Wake-on-LAN (their firmware must allow it)"));
    m_powerOnAll
        = m_menu->addAction(tr("Power On &All Known Machines"), this, [this] { powerOn({}); });
    m_powerOnAll->setObjectName(QStringLiteral("actionPowerOnAll"));
    m_powerOnAll->setStatusTip(tr("Wake every machine serve knows, a few a second"));
    m_menu->addSeparator();
    m_import = m_menu->addAction(tr("&Import from CSV…"), this, &MachinesController::askImport);
    m_import->setObjectName(QStringLiteral("actionImportMachines"));
    m_import->setStatusTip(tr("Set up a room at once: a CSV of mac,name,default_os"));
    m_export = m_menu->addAction(tr("E&xport to CSV…"), this, &MachinesController::askExport);
    m_export->setObjectName(QStringLiteral("actionExportMachines"));
    m_export->setStatusTip(tr("Write the known machines as mac,name,default_os"));
    connect(m_mirror, &ServeMirror::linkChanged, this, &MachinesController::updateActions);
    updateActions();
}

void MachinesController::setEnvironment(const QString &dir, const QStringList &osNames)
{
    m_dir = dir;
    m_osNames = osNames;
    updateActions();
}

void MachinesController::setDashboard(QTableView *view)
{
    m_view = view;
    if (view && view->selectionModel())
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MachinesController::updateActions);
    updateActions();
}

void MachinesController::updateActions()
{
    const bool open = !m_dir.isEmpty();
    const bool attached = m_mirror->link() == ServeMirror::Link::Attached;
    const int selected = int(selectedMacs().size());
    const bool busy = m_job->isRunning();
    m_import->setEnabled(open && !busy);
    m_export->setEnabled(open && !busy);
    m_edit->setEnabled(open && !busy && selected == 1);
    m_powerOnSelected->setEnabled(attached && m_view);
    m_powerOnAll->setEnabled(attached);
}

QStringList MachinesController::selectedMacs() const
{
    QStringList macs;
    if (!m_view || !m_view->selectionModel())
        return macs;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        macs << row.data(ClientTableModel::MacRole).toString();
    return macs;
}

void MachinesController::powerOn(const QStringList &macs)
{
    Q_EMIT statusMessage(macs.isEmpty()
            ? tr("Powering on every known machine…")
            : tr("Powering on %n machine(s)…", nullptr, int(macs.size())));
    m_mirror->requestWake(macs, [this, count = macs.size()](const QString &error) {
        if (!error.isEmpty())
            Q_EMIT statusMessage(tr("Cannot power machines on: %1").arg(error));
        else
            Q_EMIT statusMessage(count == 0
                    ? tr("serve wakes every known machine, a few a second.")
                    : tr("serve wakes %n machine(s).", nullptr, int(count)));
    });
}

void MachinesController::report(const QString &error, const QString &success)
{
    updateActions();
    if (error.isEmpty()) {
        Q_EMIT statusMessage(success);
    } else if (m_dialogs) {
        QMessageBox::warning(m_window, tr("Machines"), error);
    } else {
        Q_EMIT statusMessage(error);
    }
    Q_EMIT finished(error);
}

void MachinesController::runOffThread(const std::function<QString(QString *success)> &work)
{
    m_job->run(
        [work](JobControl &) {
            QString success;
            QString error = work(&success);
            return std::pair { error, success };
        },
        [this](const std::pair<QString, QString> &result) { report(result.first, result.second); });
    updateActions();
}

void MachinesController::changeBook(
    const std::function<bool(MachineBook &)> &change, const QString &success)
{
    runOffThread(
        [file = MachineBook::pathIn(m_dir), osNames = m_osNames, change, success](QString *said) {
            *said = success;
            return toString(MachineBook::update(file, osNames, change));
        });
}

void MachinesController::askImport()
{
    const QString file = QFileDialog::getOpenFileName(
        m_window, tr("Import Machines"), QDir::homePath(), tr("CSV files (*.csv);;All files (*)"));
    if (!file.isEmpty())
        importCsv(file);
}

void MachinesController::importCsv(const QString &file)
{
    if (m_dir.isEmpty() || m_job->isRunning())
        return;
    runOffThread([file, book = MachineBook::pathIn(m_dir), osNames = m_osNames](QString *said) {
        QFile input(file);
        const QString name = QFileInfo(file).fileName();
        if (input.size() > kMaxCsvBytes)
            return tr("%1: larger than %2 MiB; a room's CSV is a line per machine")
                .arg(name)
                .arg(kMaxCsvBytes >> 20);
        if (!input.open(QIODevice::ReadOnly))
            return tr("%1: cannot be read: %2").arg(name, input.errorString());
        const Result<QList<KnownMachine>> rows
            = MachineBook::parseCsv(input.read(kMaxCsvBytes), name);
        if (!rows)
            return toString(rows.problems());
        const QList<KnownMachine> imported = rows.value();
        *said = tr("Imported %n machine(s) into machines.yaml.", nullptr, int(imported.size()));
        return toString(MachineBook::update(book, osNames, [&imported](MachineBook &machines) {
            machines.import(imported);
            return true;
        }));
    });
}

void MachinesController::askExport()
{
    const QString file = QFileDialog::getSaveFileName(m_window, tr("Export Machines"),
        QDir::home().filePath(QStringLiteral("machines.csv")), tr("CSV files (*.csv)"));
    if (!file.isEmpty())
        exportCsv(file);
}

void MachinesController::exportCsv(const QString &file)
{
    if (m_dir.isEmpty() || m_job->isRunning())
        return;
    runOffThread([book = MachineBook::pathIn(m_dir), file](QString *said) -> QString {
        const Result<MachineBook> loaded = MachineBook::load(book);
        if (!loaded)
            return toString(loaded.problems());
        const QByteArray csv = loaded->toCsv();
        QSaveFile out(file);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
            return tr("%1: cannot be written: %2").arg(file, out.errorString());
        *said = tr("Exported the machines to %1.").arg(QFileInfo(file).fileName());
        return {};
    });
}

void MachinesController::askEdit()
{
    const QStringList macs = selectedMacs();
    if (macs.size() != 1 || m_dir.isEmpty())
        return;
    const Result<MachineBook> book = MachineBook::load(MachineBook::pathIn(m_dir));
    if (!book)
        return report(toString(book.problems()), {});
    KnownMachine machine;
    machine.mac = macs.constFirst();
    if (const KnownMachine *known = book->find(machine.mac))
        machine = *known;
    MachineDialog dialog(machine, book.value(), m_osNames, m_window);
    if (dialog.exec() == QDialog::Accepted)
        editMachine(dialog.machine());
}

void MachinesController::editMachine(const KnownMachine &machine)
{
    if (m_dir.isEmpty() || m_job->isRunning())
        return;
    changeBook(
        [machine](MachineBook &book) {
            KnownMachine merged = machine;
            // What serve wrote meanwhile stays.
            if (const KnownMachine *known = book.find(machine.mac)) {
                merged.hostname = known->hostname;
                merged.lastSeen = known->lastSeen;
            }
            book.put(merged);
            return true;
        },
        tr("Saved %1 in machines.yaml; serve hands it to the clients within seconds.")
            .arg(machine.name.isEmpty() ? machine.mac : machine.name));
}

} // namespace bt
