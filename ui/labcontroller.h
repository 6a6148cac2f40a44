#pragma once

#include "lab/vmcommand.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;
class QTabWidget;

namespace bt {

class DashboardPanel;
class LogModel;
class SerialConsoleDock;
class VirtualLab;

// The window's "Virtual Lab" menu: starts simulated clients or virtual
// machines against the open environment (as saved on disk), shows the lab's
// clients in a dashboard tab and the machines' serial consoles in a dock,
// and tears the lab down when it is stopped or the environment closes.
class LabController : public QObject
{
    Q_OBJECT
public:
    explicit LabController(QMainWindow *window);
    ~LabController() override;

    QMenu *menu() const { return m_menu; }
    SerialConsoleDock *consoles() const { return m_consoles; }
    VirtualLab *lab() const { return m_lab; } // null while no lab runs
    DashboardPanel *dashboard() const { return m_dashboard; }
    LogModel *log() const { return m_log; }

    // The environment the lab serves and the tabs its dashboard joins.
    // An empty dir closes: a running lab is torn down first.
    void setEnvironment(const QString &dir, QTabWidget *tabs);
    void setDialogsEnabled(bool enabled) { m_dialogs = enabled; }

public Q_SLOTS:
    // False (with a message) when the lab cannot start.
    bool start(
        int simulated, int vms, VmFirmware firmware = VmFirmware::Bios, bool poweredOff = false);
    void stop();
    // Sends every virtual machine of the lab a magic packet over the lab's
    // network; those powered off start, the others ignore it.
    QAction *powerOnAction() const { return m_powerOnAction; }

Q_SIGNALS:
    void statusMessage(const QString &text);
    void runningChanged(bool running);

private:
    void ask(bool vms);
    void powerOn();
    void updateActions();
    void labStopped();
    void report(const QString &title, const QString &text);

    QMainWindow *m_window;
    QMenu *m_menu;
    QAction *m_simulatedAction;
    QAction *m_vmAction;
    QAction *m_stopAction;
    QAction *m_powerOnAction;
    SerialConsoleDock *m_consoles;
    LogModel *m_log;
    QString m_dir;
    QPointer<QTabWidget> m_tabs;
    VirtualLab *m_lab = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    bool m_dialogs = true;
};

} // namespace bt
