#pragma once

#include "builder/builder.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace bt {

class BuildPanel;
class DashboardPanel;
class DhcpProbe;
class EnvironmentDocument;
class LabController;
class MachinesController;
class LogDock;
class ServeLauncher;
class ServeMirror;
class WaveReportFeed;
class WaveReportWindow;
struct AdminEndpoint;
class ServicesPanel;
class EnvironmentEditor;
class OsPanel;
class WelcomePage;

// BootTorrent's one window: the welcome page, or the open environment with
// its settings, OS list and build progress.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    EnvironmentDocument *document() const; // null on the welcome page
    EnvironmentEditor *editor() const;
    OsPanel *osPanel() const;
    BuildPanel *buildPanel() const;
    WelcomePage *welcomePage() const;
    QAction *buildAction() const;
    QAction *serveAction() const;
    QAction *saveAction() const;
    QAction *stopAction() const;
    QAction *proxyDhcpAction() const { return m_proxyDhcpAction; }
    // What the serve this window shows knows (a serve it started, found
    // running, or attached to); its link is Detached while there is none.
    ServeMirror *serveMirror() const { return m_mirror; }
    bool isServing() const; // attached to a serve, or starting one
    QAction *attachAction() const { return m_attachAction; }
    QAction *restartAction() const { return m_restartAction; }
    QAction *powerOnAction() const { return m_powerOnAction; }
    QAction *waveReportAction() const { return m_waveReportAction; }
    // The Boot Wave Report window, once opened.
    WaveReportWindow *waveReportWindow() const { return m_waveReport; }
    DashboardPanel *dashboard() const;
    LogDock *logDock() const;
    LabController *labController() const;

    // Problems that keep Build and Start Serving disabled, as shown in their tooltips.
    QString blockedReason() const;

    // Shows errors in modal dialogs when true; tests switch them off.
    void setDialogsEnabled(bool enabled);
    void setBuildOptions(const Builder::Options &options);
    // What closing the environment does to a serve that runs (dialogs
    // switched off; with dialogs the user is asked): stop it (default) or
    // keep it serving in the background.
    void setKeepServingOnClose(bool keep) { m_keepServing = keep; }
    // The boottorrent program Start Serving runs (default: this one), extra
    // serve options, and how it runs (ServeLauncher::Options::Privilege).
    void setServeLauncherOptions(
        const QString &program, const QStringList &arguments, int privilege = 0);

public Q_SLOTS:
    // Runs Environment::init in dir and opens it.
    bool newEnvironment(const QString &dir);
    bool openEnvironment(const QString &dir);
    bool save();
    // Asks before dropping unsaved edits; false when the user keeps them.
    bool closeEnvironment();
    void build();
    // Builds first when out/ is stale, then starts the services.
    void startServing();
    void stopServing();
    // Saves, rebuilds out/ when it is older than the environment, and has
    // serve restart its services on it (clients and the dashboard stay).
    void restartServing();
    // Shows the serve at `endpoint` (its admin API and token); a serve of
    // another machine when no environment is open.
    void attachToServer(const bt::AdminEndpoint &endpoint, qint64 localPid = 0);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void askNew();
    void askOpen();
    void showSettings();
    void showAbout();
    void updateActions();
    void updateTitle();
    void showProblems(const QString &title, const QString &what, const Problems &problems);
    void switchToProxyDhcp();
    void setDocument(EnvironmentDocument *document);
    void startServer();
    void startServices();
    void launchFailed(const QString &message);
    void showServingViews();
    void onLinkChanged();
    void serverGone();
    void discardServingViews();
    bool attachToRunningServe();
    void askAttach();
    void requestRestart();
    void showWaveReport();
    void onBuildFinished(bool ok);

    EnvironmentDocument *m_document = nullptr;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_workspace = nullptr;
    QTabWidget *m_tabs = nullptr;
    EnvironmentEditor *m_editor = nullptr;
    OsPanel *m_osPanel = nullptr;
    BuildPanel *m_buildPanel = nullptr;
    ServeMirror *m_mirror;
    ServeLauncher *m_launcher = nullptr; // while serve starts
    qint64 m_servePid = 0; // of a serve on this machine; 0: unknown or remote
    bool m_stopRequested = false;
    bool m_ended = false; // the serve shown ended by itself; its last words stay
    bool m_keepServing = false;
    QString m_serveProgram;
    QStringList m_serveArguments;
    QString m_serveOutput; // serve's output file, of a serve this window started
    int m_servePrivilege = 0; // ServeLauncher::Options::Privilege
    QTimer *m_pidWatch;
    // A serve of another machine, shown without an environment.
    QTabWidget *m_remote = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    ServicesPanel *m_services = nullptr;
    LogDock *m_logDock;
    LabController *m_lab;
    MachinesController *m_machines;
    bool m_serveAfterBuild = false;
    bool m_restartAfterBuild = false;
    DhcpProbe *m_dhcpProbe = nullptr; // while asking the network for other DHCP servers
    QLabel *m_problemCount;
    bool m_dialogs = true;
    Builder::Options m_buildOptions;

    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_saveAction;
    QAction *m_closeAction;
    QAction *m_quitAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_buildAction;
    QAction *m_serveAction;
    QAction *m_stopAction;
    QAction *m_proxyDhcpAction;
    QAction *m_attachAction;
    QAction *m_restartAction;
    QAction *m_powerOnAction;
    QAction *m_waveReportAction;
    WaveReportWindow *m_waveReport = nullptr;
    WaveReportFeed *m_waveFeed = nullptr;
    QAction *m_settingsAction;
    QAction *m_aboutAction;
};

} // namespace bt
