#include "labcontroller.h"

#include "dashboardpanel.h"
#include "serialconsoledock.h"
#include "themeicon.h"

#include "environment/environment.h"
#include "lab/virtuallab.h"
#include "serve/logline.h"
#include "serve/logmodel.h"
#include "serve/servemirror.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSpinBox>
#include <QTabWidget>

namespace bt {

namespace {

constexpr int kHostRateMbit = 20;

} // namespace

LabController::LabController(QMainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_menu(new QMenu(tr("&Virtual Lab"), window))
    , m_consoles(new SerialConsoleDock(window))
    , m_log(new LogModel(this))
{
    m_menu->setObjectName(QStringLiteral("virtualLabMenu"));
    m_simulatedAction = m_menu->addAction(themeIcon(QStringLiteral("network-server")),
        tr("Start &Simulated Clients…"), this, [this] { ask(false); });
    m_simulatedAction->setObjectName(QStringLiteral("labSimulatedAction"));
    m_simulatedAction->setStatusTip(
        tr("Boot clients simulated in network namespaces against this environment"));
    m_vmAction = m_menu->addAction(themeIcon(QStringLiteral("application-x-executable")),
        tr("Start &Virtual Machines…"), this, [this] { ask(true); });
    m_vmAction->setObjectName(QStringLiteral("labVmAction"));
    m_vmAction->setStatusTip(
        tr("PXE-boot qemu virtual machines against this environment (slow without KVM)"));
    m_stopAction = m_menu->addAction(
        themeIcon(QStringLiteral("process-stop")), tr("S&top Lab"), this, &LabController::stop);
    m_stopAction->setObjectName(QStringLiteral("labStopAction"));
    m_powerOnAction = m_menu->addAction(themeIcon(QStringLiteral("system-shutdown")),
        tr("&Power On Virtual Machines"), this, &LabController::powerOn);
    m_powerOnAction->setObjectName(QStringLiteral("labPowerOnAction"));
    m_powerOnAction->setStatusTip(
        tr("Send the lab's virtual machines Wake-on-LAN magic packets over the lab's network"));
    m_menu->addSeparator();
    QAction *consoles = m_consoles->toggleViewAction();
    consoles->setText(tr("Serial &Consoles"));
    m_menu->addAction(consoles);
    window->addDockWidget(Qt::RightDockWidgetArea, m_consoles);
    m_consoles->hide();
    updateActions();
}

LabController::~LabController()
{
    // The lab's destructor removes its namespaces and processes.
    delete m_dashboard;
    delete m_lab;
}

void LabController::setEnvironment(const QString &dir, QTabWidget *tabs)
{
    if (dir.isEmpty() && m_lab) {
        delete std::exchange(m_dashboard, nullptr);
        m_lab->disconnect(this);
        delete std::exchange(m_lab, nullptr); // blocks for the teardown: the window is closing
        m_consoles->setConsoles({}, {});
        Q_EMIT runningChanged(false);
    }
    m_dir = dir;
    m_tabs = tabs;
    updateActions();
}

void LabController::ask(bool vms)
{
    if (!vms) {
        bool ok = false;
        const int count = QInputDialog::getInt(
            m_window, tr("Simulated Clients"), tr("Simulated clients:"), 4, 1, 100, 1, &ok);
        if (ok)
            start(count, 0);
        return;
    }
    QDialog dialog(m_window);
    dialog.setObjectName(QStringLiteral("labVmDialog"));
    dialog.setWindowTitle(tr("Virtual Machines"));
    auto *count = new QSpinBox(&dialog);
    count->setObjectName(QStringLiteral("labVmCount"));
    count->setRange(1, 8);
    count->setValue(2);
    auto *firmware = new QComboBox(&dialog);
    firmware->setObjectName(QStringLiteral("labVmFirmware"));
    firmware->addItem(tr("BIOS (iPXE)"), int(VmFirmware::Bios));
    firmware->addItem(tr("UEFI"), int(VmFirmware::Uefi));
    firmware->addItem(tr("UEFI with Secure Boot"), int(VmFirmware::SecureBoot));
    auto *poweredOff = new QCheckBox(tr("Start powered off (wake them with Power On)"), &dialog);
    poweredOff->setObjectName(QStringLiteral("labVmPoweredOff"));
    poweredOff->setToolTip(tr("Each machine starts when a Wake-on-LAN magic packet for its MAC "
                              "crosses the lab's network, as a real machine would"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Virtual machines to PXE-boot (512 MiB each, software emulation):"), count);
    form->addRow(tr("Firmware of the virtual machines:"), firmware);
    form->addRow(poweredOff);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    start(0, count->value(), VmFirmware(firmware->currentData().toInt()), poweredOff->isChecked());
}

bool LabController::start(int simulated, int vms, VmFirmware firmware, bool poweredOff)
{
    if (m_lab || m_dir.isEmpty())
        return false;
    Result<Environment> loaded = Environment::load(m_dir);
    if (!loaded.ok()) {
        report(tr("Virtual Lab"),
            tr("The saved environment has problems:\n%1").arg(toString(loaded.problems())));
        return false;
    }
    VirtualLab::Options options;
    options.simulated = simulated;
    options.vms = vms;
    options.firmwares = { firmware };
    options.poweredOff = poweredOff;
    // A busy host, as in a real lab: the dashboard shows the clients sharing.
    options.hostRateMbit = kHostRateMbit;
    auto *lab = new VirtualLab(std::move(loaded).value(), options, this);
    connect(lab, &VirtualLab::logLine, this, [this](const QString &line) {
        m_log->append(LogLine {
            QDateTime::currentDateTime(), QStringLiteral("lab"), LogSeverity::Info, line });
    });
    connect(lab, &VirtualLab::running, this, [this, lab] {
        Q_EMIT statusMessage(lab->poweredOffMachines().isEmpty()
                ? tr("Virtual lab running: the clients are booting")
                : tr("Virtual lab running: the machines wait for Power On"));
        updateActions();
    });
    connect(lab, &VirtualLab::settled, this, [this](bool allBooted) {
        Q_EMIT statusMessage(allBooted ? tr("Virtual lab: every client booted")
                                       : tr("Virtual lab: some clients failed"));
    });
    connect(lab, &VirtualLab::failed, this, [this](const QString &error) {
        m_log->append(LogLine {
            QDateTime::currentDateTime(), QStringLiteral("lab"), LogSeverity::Error, error });
        report(tr("Virtual Lab"), error);
    });
    connect(lab, &VirtualLab::stopped, this, &LabController::labStopped);
    if (const Problems problems = lab->start(); !problems.isEmpty()) {
        delete lab;
        report(tr("Virtual Lab"), tr("The virtual lab cannot start:\n%1").arg(toString(problems)));
        return false;
    }
    m_lab = lab;
    m_dashboard = new DashboardPanel(lab->mirror());
    m_dashboard->setObjectName(QStringLiteral("labDashboard"));
    if (m_tabs) {
        m_tabs->addTab(
            m_dashboard, themeIcon(QStringLiteral("view-statistics")), tr("Virtual &Lab"));
        m_tabs->setCurrentWidget(m_dashboard);
    }
    QStringList names, files;
    for (const VirtualLab::Machine &machine : lab->machines()) {
        if (machine.vm) {
            names << tr("%1 (%2, %3)")
                         .arg(machine.name, machine.mac, vmFirmwareName(machine.firmware));
            files << machine.serialLog;
        }
    }
    m_consoles->setConsoles(names, files);
    if (!files.isEmpty())
        m_consoles->show();
    Q_EMIT statusMessage(tr("Setting up the virtual lab…"));
    Q_EMIT runningChanged(true);
    updateActions();
    return true;
}

void LabController::stop()
{
    if (m_lab)
        m_lab->stop();
    updateActions();
}

void LabController::powerOn()
{
    if (!m_lab || m_lab->state() != VirtualLab::State::Running)
        return;
    QStringList macs;
    for (const VirtualLab::Machine &machine : m_lab->machines())
        if (machine.vm)
            macs << machine.mac;
    // Through the lab's serve, like Power On for a real room: it sends
    // from the lab's own network.
    m_lab->mirror()->requestWake(macs, [this, count = macs.size()](const QString &failure) {
        Q_EMIT statusMessage(failure.isEmpty()
                ? tr("Sent Wake-on-LAN to %n virtual machine(s).", nullptr, int(count))
                : tr("Cannot power the virtual machines on: %1").arg(failure));
    });
}

void LabController::labStopped()
{
    if (!m_lab)
        return;
    if (m_tabs && m_dashboard)
        m_tabs->removeTab(m_tabs->indexOf(m_dashboard));
    m_dashboard->deleteLater();
    m_dashboard = nullptr;
    m_lab->disconnect(this);
    std::exchange(m_lab, nullptr)->deleteLater();
    m_consoles->setConsoles({}, {});
    Q_EMIT statusMessage(tr("Virtual lab removed"));
    Q_EMIT runningChanged(false);
    updateActions();
}

void LabController::updateActions()
{
    const bool idle = !m_lab && !m_dir.isEmpty();
    m_simulatedAction->setEnabled(idle);
    m_vmAction->setEnabled(idle);
    m_stopAction->setEnabled(m_lab != nullptr);
    bool vms = false;
    if (m_lab)
        for (const VirtualLab::Machine &machine : m_lab->machines())
            vms = vms || machine.vm;
    m_powerOnAction->setEnabled(vms && m_lab->state() == VirtualLab::State::Running);
}

void LabController::report(const QString &title, const QString &text)
{
    Q_EMIT statusMessage(text.section(QLatin1Char('\n'), 0, 0));
    if (!m_dialogs)
        return;
    // Not modal: the lab tears itself down while the message is read.
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace bt
