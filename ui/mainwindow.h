#pragma once

#include "build/builder.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;

namespace bt {

class BuildPanel;
class DashboardPanel;
class DhcpProbe;
class EnvironmentDocument;
class LabController;
class LogDock;
class Server;
class ServicesPanel;
class EnvironmentEditor;
class OsPanel;
class WelcomePage;

// BootTorrent's one window: the welcome page, or the open environment with
// its settings, OS list and build progress.
class MainWindow : public QMainWindow {
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
    Server *server() const; // null while not serving
    DashboardPanel *dashboard() const;
    LogDock *logDock() const;
    LabController *labController() const;

    // Problems that keep Build and Start Serving disabled, as shown in their tooltips.
    QString blockedReason() const;

    // Shows errors in modal dialogs when true; tests switch them off.
    void setDialogsEnabled(bool enabled);
    void setBuildOptions(const Builder::Options &options);

public slots:
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
    void serverStopped();
    void discardFailedServer();
    void onBuildFinished(bool ok);

    EnvironmentDocument *m_document = nullptr;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    QWidget *m_workspace = nullptr;
    QTabWidget *m_tabs = nullptr;
    EnvironmentEditor *m_editor = nullptr;
    OsPanel *m_osPanel = nullptr;
    BuildPanel *m_buildPanel = nullptr;
    Server *m_server = nullptr;
    // The last server that failed, kept until the next start so its log and
    // Services page still show why.
    Server *m_failedServer = nullptr;
    DashboardPanel *m_dashboard = nullptr;
    ServicesPanel *m_services = nullptr;
    LogDock *m_logDock;
    LabController *m_lab;
    bool m_serveAfterBuild = false;
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
    QAction *m_settingsAction;
    QAction *m_aboutAction;
};

} // namespace bt
