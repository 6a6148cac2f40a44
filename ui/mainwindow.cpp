#include "mainwindow.h"

#include "buildpanel.h"
#include "clienttablemodel.h"
#include "dashboardpanel.h"
#include "environmentdocument.h"
#include "environmenteditor.h"
#include "labcontroller.h"
#include "logdock.h"
#include "machinescontroller.h"
#include "networkproposal.h"
#include "ospanel.h"
#include "recentenvironments.h"
#include "serve/dhcpprobe.h"
#include "serve/servelauncher.h"
#include "serve/servemirror.h"
#include "serve/serveruntime.h"
#include "serve/wavereportfeed.h"
#include "servicespanel.h"
#include "settingsdialog.h"
#include "themeicon.h"
#include "wavereportwindow.h"
#include "welcomepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <csignal>
#include <unistd.h>

namespace bt {

namespace {

// Runs the event loop, without user input, until `start` calls its done()
// or `ms` pass: for the few requests a closing window must see answered.
void waitFor(int ms, const std::function<void(const std::function<void()> &done)> &start)
{
    QEventLoop loop;
    QPointer<QEventLoop> guard(&loop);
    bool waiting = true;
    start([guard, &waiting] {
        if (!guard)
            return; // answered after the wait gave up
        waiting = false;
        guard->quit();
    });
    if (!waiting)
        return;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget)
    , m_welcome(new WelcomePage)
    , m_mirror(new ServeMirror(this))
    , m_pidWatch(new QTimer(this))
    , m_logDock(new LogDock)
    , m_problemCount(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(themeIcon(QStringLiteral("boottorrent")));
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_problemCount);
    m_problemCount->setObjectName(QStringLiteral("problemCount"));

    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    m_lab = new LabController(this);
    m_machines = new MachinesController(this, m_mirror);
    connect(m_lab, &LabController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_machines, &MachinesController::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    // The log shows the lab's notes while the window itself serves nothing.
    connect(m_lab, &LabController::runningChanged, this, [this](bool running) {
        if (!isServing())
            m_logDock->setLogModel(running ? m_lab->log() : nullptr);
    });
    connect(m_mirror, &ServeMirror::linkChanged, this, &MainWindow::onLinkChanged);
    connect(m_mirror, &ServeMirror::servingStateChanged, this, &MainWindow::updateActions);
    connect(m_mirror, &ServeMirror::networkAlertChanged, this, [this](const QString &text) {
        if (!text.isEmpty())
            statusBar()->showMessage(text, 15000);
    });
    // A serve on this machine that ends is gone at once, whatever its API said last.
    m_pidWatch->setInterval(500);
    connect(m_pidWatch, &QTimer::timeout, this, [this] {
        if (m_servePid > 0 && !processAlive(m_servePid))
            serverGone();
    });
    createActions();
    createMenus();

    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::askNew);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::askOpen);
    connect(m_welcome, &WelcomePage::openDirRequested, this, &MainWindow::openEnvironment);

    resize(1100, 720);
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The document dies with the window; its undo stack must not call back.
    if (m_document) {
        m_document->undoStack()->disconnect(this);
        m_document->disconnect(this);
    }
}

EnvironmentDocument *MainWindow::document() const { return m_document; }

EnvironmentEditor *MainWindow::editor() const { return m_editor; }

OsPanel *MainWindow::osPanel() const { return m_osPanel; }

BuildPanel *MainWindow::buildPanel() const { return m_buildPanel; }

WelcomePage *MainWindow::welcomePage() const { return m_welcome; }

QAction *MainWindow::buildAction() const { return m_buildAction; }

QAction *MainWindow::serveAction() const { return m_serveAction; }

QAction *MainWindow::saveAction() const { return m_saveAction; }

QAction *MainWindow::stopAction() const { return m_stopAction; }

bool MainWindow::isServing() const
{
    return m_launcher || (!m_ended && m_mirror->link() != ServeMirror::Link::Detached);
}

void MainWindow::setServeLauncherOptions(
    const QString &program, const QStringList &arguments, int privilege)
{
    m_serveProgram = program;
    m_serveArguments = arguments;
    m_servePrivilege = privilege;
}

LabController *MainWindow::labController() const { return m_lab; }

DashboardPanel *MainWindow::dashboard() const { return m_dashboard; }

LogDock *MainWindow::logDock() const { return m_logDock; }

void MainWindow::setDialogsEnabled(bool enabled)
{
    m_dialogs = enabled;
    m_machines->setDialogsEnabled(enabled);
    if (m_buildPanel)
        m_buildPanel->setDialogsEnabled(enabled);
}

void MainWindow::setBuildOptions(const Builder::Options &options)
{
    m_buildOptions = options;
    if (m_buildPanel)
        m_buildPanel->setOptions(options);
}

void MainWindow::createActions()
{
    auto make = [this](const QString &icon, const QString &text, const QKeySequence &shortcut,
                    const QString &objectName, const QString &tip) {
        auto *action = new QAction(themeIcon(icon), text, this);
        action->setShortcut(shortcut);
        action->setObjectName(objectName);
        action->setStatusTip(tip);
        action->setToolTip(tip);
        return action;
    };
    m_newAction = make(QStringLiteral("document-new"), tr("&New Environment…"), QKeySequence::New,
        QStringLiteral("actionNew"), tr("Create an environment in an empty folder"));
    m_openAction
        = make(QStringLiteral("document-open"), tr("&Open Environment…"), QKeySequence::Open,
            QStringLiteral("actionOpen"), tr("Open a folder that holds a Boottorrent.yaml"));
    m_saveAction = make(QStringLiteral("document-save"), tr("&Save"), QKeySequence::Save,
        QStringLiteral("actionSave"), tr("Write Boottorrent.yaml and every OS's config.yaml"));
    m_closeAction
        = make(QStringLiteral("document-close"), tr("&Close Environment"), QKeySequence::Close,
            QStringLiteral("actionClose"), tr("Close the environment and show the welcome page"));
    m_quitAction = make(QStringLiteral("application-exit"), tr("&Quit"), QKeySequence::Quit,
        QStringLiteral("actionQuit"), tr("Quit BootTorrent"));
    m_buildAction = make(QStringLiteral("run-build"), tr("&Build"),
        QKeySequence(Qt::CTRL | Qt::Key_B), QStringLiteral("actionBuild"),
        tr("Write out/: boot files, torrents and service configurations"));
    m_serveAction = make(QStringLiteral("media-playback-start"), tr("Start &Serving"),
        QKeySequence(Qt::Key_F5), QStringLiteral("actionServe"),
        tr("Start DHCP/TFTP, tracker and seeder for the lab"));
    m_stopAction = make(QStringLiteral("media-playback-stop"), tr("S&top Serving"),
        QKeySequence(Qt::SHIFT | Qt::Key_F5), QStringLiteral("actionStop"),
        tr("Stop every service; clients that are booting stop getting answers"));
    m_restartAction = make(QStringLiteral("view-refresh"), tr("Rebuild and &Restart Serving"),
        QKeySequence(), QStringLiteral("actionRestart"),
        tr("Save, rebuild out/ and restart the services with the changes; machines and the "
           "dashboard stay"));
    m_attachAction = make(QStringLiteral("network-connect"), tr("&Attach to Server…"),
        QKeySequence(), QStringLiteral("actionAttach"),
        tr("Watch a BootTorrent that serves on another machine: its address and its admin token"));
    m_powerOnAction = m_machines->powerOnSelectedAction();
    m_powerOnAction->setIcon(themeIcon(QStringLiteral("system-shutdown")));
    m_waveReportAction = make(QStringLiteral("view-statistics"), tr("Boot &Wave Report"),
        QKeySequence(), QStringLiteral("actionWaveReport"),
        tr("How long the room took to boot: every machine's times, the curve, exports"));
    m_proxyDhcpAction = make(QStringLiteral("network-wired"), tr("Switch to &Proxy DHCP"),
        QKeySequence(), QStringLiteral("actionProxyDhcp"),
        tr("Let the network's own DHCP server hand out addresses; this computer adds only the boot "
           "information (the network is taken from the interface)"));
    m_settingsAction
        = make(QStringLiteral("configure"), tr("Se&ttings…"), QKeySequence::Preferences,
            QStringLiteral("actionSettings"), tr("Language and other application settings"));
    m_aboutAction = make(QStringLiteral("help-about"), tr("&About BootTorrent"), QKeySequence(),
        QStringLiteral("actionAbout"), tr("Version and licence"));
    m_undoAction = make(QStringLiteral("edit-undo"), tr("&Undo"), QKeySequence::Undo,
        QStringLiteral("actionUndo"), tr("Undo the last edit"));
    m_redoAction = make(QStringLiteral("edit-redo"), tr("&Redo"), QKeySequence::Redo,
        QStringLiteral("actionRedo"), tr("Redo the edit undone last"));

    connect(m_newAction, &QAction::triggered, this, &MainWindow::askNew);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::askOpen);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeEnvironment);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);
    connect(m_buildAction, &QAction::triggered, this, &MainWindow::build);
    connect(m_serveAction, &QAction::triggered, this, &MainWindow::startServing);
    connect(m_stopAction, &QAction::triggered, this, &MainWindow::stopServing);
    connect(m_proxyDhcpAction, &QAction::triggered, this, &MainWindow::switchToProxyDhcp);
    connect(m_attachAction, &QAction::triggered, this, &MainWindow::askAttach);
    connect(m_restartAction, &QAction::triggered, this, &MainWindow::restartServing);
    connect(m_waveReportAction, &QAction::triggered, this, &MainWindow::showWaveReport);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_saveAction);
    file->addSeparator();
    file->addAction(m_attachAction);
    file->addSeparator();
    file->addAction(m_closeAction);
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    QMenu *serve = menuBar()->addMenu(tr("&Serve"));
    serve->addAction(m_buildAction);
    serve->addAction(m_serveAction);
    serve->addAction(m_stopAction);
    serve->addAction(m_restartAction);
    serve->addAction(m_powerOnAction);
    serve->addAction(m_waveReportAction);
    serve->addSeparator();
    serve->addAction(m_proxyDhcpAction);
    menuBar()->addMenu(m_machines->menu());
    menuBar()->addMenu(m_lab->menu());
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *logToggle = m_logDock->toggleViewAction();
    logToggle->setText(tr("&Log"));
    logToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    view->addAction(logToggle);
    view->addSeparator();
    view->addAction(m_settingsAction);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    toolBar->addAction(m_newAction);
    toolBar->addAction(m_openAction);
    toolBar->addAction(m_saveAction);
    toolBar->addSeparator();
    toolBar->addAction(m_buildAction);
    toolBar->addAction(m_serveAction);
    toolBar->addAction(m_stopAction);
}

void MainWindow::askNew()
{
    if (!closeEnvironment())
        return;
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("New Environment: Choose an Empty Folder"), QDir::homePath());
    if (!dir.isEmpty())
        newEnvironment(dir);
}

void MainWindow::askOpen()
{
    if (!closeEnvironment())
        return;
    const QString dir
        = QFileDialog::getExistingDirectory(this, tr("Open Environment"), QDir::homePath());
    if (!dir.isEmpty())
        openEnvironment(dir);
}

bool MainWindow::newEnvironment(const QString &dir)
{
    if (!closeEnvironment())
        return false;
    const Problems problems = Environment::init(dir);
    if (!problems.isEmpty()) {
        showProblems(tr("New Environment"),
            tr("BootTorrent could not create an environment in %1. Choose an empty folder you may "
               "write to.")
                .arg(QDir::toNativeSeparators(dir)),
            problems);
        return false;
    }
    if (!openEnvironment(dir))
        return false;
    statusBar()->showMessage(
        tr("Created %1. Pick the lab's interface and drag operating systems in.")
            .arg(QDir::toNativeSeparators(dir)),
        8000);
    return true;
}

bool MainWindow::openEnvironment(const QString &dir)
{
    if (!closeEnvironment())
        return false;
    Result<Environment> read = Environment::read(dir);
    if (!read.ok()) {
        showProblems(tr("Open Environment"),
            tr("%1 could not be opened. Fix the files named below in a text editor, or choose a "
               "folder that "
               "holds a Boottorrent.yaml.")
                .arg(QDir::toNativeSeparators(dir)),
            read.problems());
        return false;
    }
    RecentEnvironments::add(dir);
    m_welcome->refresh();
    setDocument(new EnvironmentDocument(std::move(read).value(), this));
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(dir)), 5000);
    return true;
}

void MainWindow::setDocument(EnvironmentDocument *document)
{
    m_document = document;
    m_workspace = new QWidget;
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setDocumentMode(true);
    m_editor = new EnvironmentEditor(document);
    m_osPanel = new OsPanel(document);
    m_buildPanel = new BuildPanel;
    m_buildPanel->setOptions(m_buildOptions);
    m_buildPanel->setDialogsEnabled(m_dialogs);
    m_tabs->addTab(m_editor, themeIcon(QStringLiteral("configure")), tr("Se&ttings"));
    m_tabs->addTab(m_osPanel, themeIcon(QStringLiteral("media-optical")), tr("Operating S&ystems"));
    auto *layout = new QVBoxLayout(m_workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buildPanel);
    m_stack->addWidget(m_workspace);
    m_stack->setCurrentWidget(m_workspace);

    m_lab->setEnvironment(document->dir(), m_tabs);
    connect(document, &EnvironmentDocument::changed, this, &MainWindow::updateActions);
    connect(document, &EnvironmentDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
    connect(document->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
    connect(m_osPanel, &OsPanel::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_osPanel, &OsPanel::copyFinished, this, [this] {
        m_document->revalidate();
        updateActions();
    });
    connect(m_buildPanel, &BuildPanel::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_buildPanel, &BuildPanel::started, this, &MainWindow::updateActions);
    connect(m_buildPanel, &BuildPanel::finished, this, [this](bool ok) { onBuildFinished(ok); });
    updateTitle();
    updateActions();
    // A serve of this environment that kept serving after its window closed.
    attachToRunningServe();
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    const Problems problems = m_document->save();
    if (!problems.isEmpty()) {
        showProblems(tr("Save"),
            tr("Nothing was written, because these problems stand. Fix the fields marked in red, "
               "then save "
               "again."),
            problems);
        return false;
    }
    RecentEnvironments::add(m_document->dir());
    m_welcome->refresh();
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->dir())), 5000);
    return true;
}

bool MainWindow::closeEnvironment()
{
    if (!m_document) {
        if (m_remote) {
            discardServingViews();
            m_mirror->detach();
            m_stack->removeWidget(m_remote);
            delete std::exchange(m_remote, nullptr);
            m_stack->setCurrentWidget(m_welcome);
            updateTitle();
            updateActions();
        }
        return true;
    }
    bool keepServing = m_keepServing;
    const bool serving = isServing();
    if (serving && m_dialogs) {
        QMessageBox box(QMessageBox::Question, tr("Close Environment"),
            tr("The lab is being served from this environment."), QMessageBox::Cancel, this);
        box.setInformativeText(tr("Keep serving in the background and the machines go on booting; "
                                  "open the environment again to see them. Or stop serving now."));
        QPushButton *keep
            = box.addButton(tr("Keep Serving in the Background"), QMessageBox::AcceptRole);
        QPushButton *stop = box.addButton(tr("Stop Serving"), QMessageBox::DestructiveRole);
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != keep && box.clickedButton() != stop)
            return false;
        keepServing = box.clickedButton() == keep;
    }
    if (m_buildPanel->isRunning() || m_osPanel->isCopying()) {
        if (!m_dialogs)
            return false;
        const auto answer = QMessageBox::question(this, tr("Close Environment"),
            tr("A build or a copy is still running. Cancel it and close the environment?"),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
    }
    if (m_document->isModified() && m_dialogs) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved Changes"),
            tr("%1 has changes that are not saved. Save them before closing?")
                .arg(QDir::toNativeSeparators(m_document->dir())),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return false;
        if (answer == QMessageBox::Save && !save())
            return false;
    }
    // serve runs on its own: stopping it is a request to its admin API, and
    // keeping it is just not asking.
    bool stopThroughApi = serving && !keepServing && !m_launcher;
    if (m_launcher && !keepServing && ::kill(pid_t(m_launcher->pid()), SIGTERM) != 0) {
        // Still starting, and no longer this user's process (pkexec handed
        // over to root): stopped through its API once it answers.
        waitFor(15000, [this, &stopThroughApi](const std::function<void()> &done) {
            connect(m_launcher, &ServeLauncher::ready, this,
                [this, done, &stopThroughApi](const AdminEndpoint &e) {
                    m_mirror->attach(e);
                    stopThroughApi = true;
                    done();
                });
            connect(m_launcher, &ServeLauncher::failed, this, done);
        });
    }
    if (stopThroughApi) {
        // The window may be about to go: the request is sent and answered
        // before it does (serve answers at once; bounded all the same).
        waitFor(AdminClient::TimeoutMs, [this](const std::function<void()> &done) {
            m_mirror->requestStop([done](const QString &) { done(); });
        });
    }
    delete std::exchange(m_launcher, nullptr);
    m_servePid = 0;
    m_pidWatch->stop();
    // The build cancelled below never reports back, so its pending Start
    // Serving must not fire after the next environment's first build.
    m_serveAfterBuild = false;
    // The panels' destructors cancel and wait for their jobs; the views go
    // before the mirror is cleared.
    m_lab->setEnvironment({}, nullptr);
    m_machines->setEnvironment({}, {});
    m_logDock->setLogModel(nullptr);
    m_logDock->hide();
    m_stack->removeWidget(m_workspace);
    delete m_workspace;
    m_workspace = nullptr;
    m_dashboard = nullptr;
    m_services = nullptr;
    m_mirror->detach();
    m_tabs = nullptr;
    m_editor = nullptr;
    m_osPanel = nullptr;
    m_buildPanel = nullptr;
    m_document->undoStack()->disconnect(this);
    m_document->disconnect(this);
    delete std::exchange(m_document, nullptr);
    m_stack->setCurrentWidget(m_welcome);
    updateTitle();
    updateActions();
    return true;
}

void MainWindow::build()
{
    if (!m_document || !m_buildAction->isEnabled())
        return;
    m_buildPanel->start(m_document->environment());
}

void MainWindow::onBuildFinished(bool ok)
{
    updateActions();
    if (std::exchange(m_restartAfterBuild, false)) {
        if (ok)
            requestRestart();
        else
            statusBar()->showMessage(tr("The build failed: serving goes on as it was."), 10000);
        return;
    }
    if (std::exchange(m_serveAfterBuild, false) && ok)
        startServing();
}

void MainWindow::startServing()
{
    if (!m_document || isServing() || !m_serveAction->isEnabled())
        return;
    // serve reads the environment from its folder: what the editor shows
    // is saved first.
    if (m_document->isModified() && !save())
        return;
    if (Builder::isStale(m_document->environment(), m_buildOptions)) {
        // Serving what the editor shows needs a fresh out/ first.
        m_serveAfterBuild = true;
        statusBar()->showMessage(tr("out/ is out of date: building before serving…"), 5000);
        m_buildPanel->start(m_document->environment());
        return;
    }
    startServer();
}

void MainWindow::startServer()
{
    const DnsmasqSettings dnsmasq = m_document->environment().dnsmasq();
    // Asking the network needs root; as a user, serve asks it itself and
    // refuses with the same reason.
    if (!dnsmasq.enableDhcp || ::geteuid() != 0) {
        startServices();
        return;
    }
    if (m_dhcpProbe)
        return; // already asking
    // Never a second DHCP server on a network that has one; proxyDHCP needs
    // one. Asked in the background: the answer takes up to two seconds.
    m_dhcpProbe = new DhcpProbe(this);
    statusBar()->showMessage(tr("Looking for other DHCP servers on %1…").arg(dnsmasq.interface),
        DhcpProbe::DefaultWindowMs + 1000);
    connect(m_dhcpProbe, &DhcpProbe::finished, this,
        [this, dnsmasq](const QList<DhcpProbe::Offer> &offers, const QString &error) {
            std::exchange(m_dhcpProbe, nullptr)->deleteLater();
            if (!m_document || isServing())
                return;
            QString note;
            if (!error.isEmpty()) {
                note = tr("Could not look for other DHCP servers: %1").arg(error);
            } else {
                const DhcpProbe::Verdict verdict = DhcpProbe::judge(
                    !dnsmasq.proxyDhcp, dnsmasq.interface, offers, DhcpProbe::DefaultWindowMs);
                if (!verdict.problems.isEmpty()) {
                    const QString what
                        = tr("The services were not started: this network already "
                             "has a DHCP server. Switch to Proxy DHCP (Serve menu), or "
                             "serve a network of its own.");
                    statusBar()->showMessage(what, 15000);
                    if (!m_dialogs)
                        return;
                    QMessageBox box(
                        QMessageBox::Warning, tr("Start Serving"), what, QMessageBox::Cancel, this);
                    box.setInformativeText(toString(verdict.problems));
                    QPushButton *proxy = box.addButton(
                        tr("Switch to Proxy DHCP and Start"), QMessageBox::AcceptRole);
                    box.setDefaultButton(proxy);
                    box.exec();
                    if (box.clickedButton() == proxy) {
                        switchToProxyDhcp();
                        startServing();
                    }
                    return;
                }
                note = verdict.warnings.value(0);
            }
            startServices();
            if (!note.isEmpty())
                statusBar()->showMessage(note, 15000);
        });
    m_dhcpProbe->start(
        dnsmasq.interface, DhcpProbe::DefaultWindowMs, m_document->environment().boot().hostIp);
}

void MainWindow::startServices()
{
    discardServingViews();
    if (attachToRunningServe())
        return;
    // Served already, by a serve whose token this user may not read (a
    // system unit's): a second one would only find its ports taken.
    if (const std::optional<ServeRuntime::Info> other = ServeRuntime::find(m_document->dir())) {
        launchFailed(tr(
            "This environment is served already by process %1, whose admin token in %2 this user "
            "cannot read. Watch it with File ▸ Attach to Server… and that token, or stop it first.")
                         .arg(other->pid)
                         .arg(other->tokenFile));
        return;
    }
    // serve is a process of its own, started through polkit unless this app
    // runs as root; it outlives the window when the user wants it to.
    m_launcher = new ServeLauncher(this);
    ServeLauncher::Options options;
    options.program = m_serveProgram;
    options.arguments = m_serveArguments;
    options.privilege = ServeLauncher::Options::Privilege(m_servePrivilege);
    connect(
        m_launcher, &ServeLauncher::ready, this, [this](const AdminEndpoint &endpoint, qint64 pid) {
            m_launcher->deleteLater();
            m_launcher = nullptr;
            attachToServer(endpoint, pid);
        });
    connect(m_launcher, &ServeLauncher::failed, this, &MainWindow::launchFailed);
    showServingViews();
    statusBar()->showMessage(::geteuid() == 0
            ? tr("Starting the services…")
            : tr("Starting the services (the system asks for permission)…"),
        8000);
    if (!m_launcher->start(m_document->dir(), options))
        return;
    m_serveOutput = m_launcher->outputFile();
    updateActions();
}

void MainWindow::launchFailed(const QString &message)
{
    if (m_launcher) {
        m_launcher->deleteLater();
        m_launcher = nullptr;
    }
    discardServingViews();
    const QString what = tr("The services were not started.");
    statusBar()->showMessage(
        what + QLatin1Char(' ') + message.section(QLatin1Char('\n'), 0, 0), 15000);
    updateActions();
    if (!m_dialogs)
        return;
    QMessageBox box(QMessageBox::Warning, tr("Start Serving"), what, QMessageBox::Ok, this);
    box.setInformativeText(message);
    QPushButton *proxy = nullptr;
    if (m_document && message.contains(QLatin1String("proxy_dhcp"))
        && m_proxyDhcpAction->isEnabled())
        proxy = box.addButton(tr("Switch to Proxy DHCP and Start"), QMessageBox::AcceptRole);
    box.exec();
    if (proxy && box.clickedButton() == proxy) {
        switchToProxyDhcp();
        startServing();
    }
}

bool MainWindow::attachToRunningServe()
{
    if (!m_document)
        return false;
    const std::optional<ServeRuntime::Info> info = ServeRuntime::find(m_document->dir());
    if (!info)
        return false;
    const std::optional<AdminEndpoint> endpoint = ServeLauncher::endpointOf(*info);
    if (!endpoint) {
        statusBar()->showMessage(tr("This environment is served already (process %1), but its "
                                    "admin token in %2 cannot be read.")
                                     .arg(info->pid)
                                     .arg(info->tokenFile),
            15000);
        return false;
    }
    attachToServer(*endpoint, info->pid);
    // The output of a serve this user started from an earlier window.
    const QString output
        = ServeRuntime::baseName(ServeRuntime::dir(), m_document->dir()) + QStringLiteral(".log");
    m_serveOutput = QFileInfo::exists(output) ? output : QString();
    statusBar()->showMessage(tr("This environment is being served: showing its clients."), 8000);
    return true;
}

void MainWindow::attachToServer(const AdminEndpoint &endpoint, qint64 localPid)
{
    m_stopRequested = false;
    m_ended = false;
    m_servePid = localPid;
    if (localPid > 0)
        m_pidWatch->start();
    m_mirror->attach(endpoint);
    if (!m_document && !m_remote) {
        // Another machine's serve, without an environment of ours.
        m_remote = new QTabWidget;
        m_remote->setObjectName(QStringLiteral("remoteTabs"));
        m_remote->setDocumentMode(true);
        m_stack->addWidget(m_remote);
        m_stack->setCurrentWidget(m_remote);
    }
    showServingViews();
    updateTitle();
    updateActions();
}

void MainWindow::showServingViews()
{
    QTabWidget *tabs = m_document ? m_tabs : m_remote;
    if (!tabs)
        return;
    if (!m_dashboard) {
        m_dashboard = new DashboardPanel(m_mirror);
        m_machines->setDashboard(m_dashboard->view());
        tabs->addTab(m_dashboard, themeIcon(QStringLiteral("view-statistics")), tr("&Dashboard"));
    }
    if (!m_services) {
        m_services = new ServicesPanel(m_mirror);
        tabs->addTab(m_services, themeIcon(QStringLiteral("network-server")), tr("Ser&vices"));
    }
    tabs->setCurrentWidget(m_dashboard);
    m_logDock->setLogModel(m_mirror->log());
    m_logDock->show();
}

void MainWindow::onLinkChanged()
{
    if (m_ended)
        return;
    switch (m_mirror->link()) {
    case ServeMirror::Link::Refused:
        statusBar()->showMessage(m_mirror->linkError(), 15000);
        if (m_dialogs) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Attach to Server"),
                m_mirror->linkError(), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        break;
    case ServeMirror::Link::Lost:
        // A serve of this machine is gone when its process is; a remote one
        // may come back, and the mirror keeps asking.
        if (m_stopRequested || (m_servePid > 0 && !processAlive(m_servePid)))
            serverGone();
        else
            statusBar()->showMessage(
                tr("The server does not answer: %1").arg(m_mirror->linkError()), 8000);
        break;
    default:
        break;
    }
    updateActions();
}

void MainWindow::stopServing()
{
    if (!isServing())
        return;
    if (m_launcher) {
        // Not up yet: it is stopped once it answers.
        statusBar()->showMessage(tr("serve is still starting; stop it once it runs."), 5000);
        return;
    }
    statusBar()->showMessage(tr("Stopping the services…"), 5000);
    m_stopRequested = true;
    m_mirror->requestStop([this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The server did not take the stop: %1").arg(error), 15000);
    });
}

void MainWindow::restartServing()
{
    if (!m_document || !m_restartAction->isEnabled())
        return;
    if (m_document->isModified() && !save())
        return;
    if (Builder::isStale(m_document->environment(), m_buildOptions)) {
        m_restartAfterBuild = true;
        statusBar()->showMessage(tr("Building out/ before restarting…"), 5000);
        m_buildPanel->start(m_document->environment());
        return;
    }
    requestRestart();
}

void MainWindow::requestRestart()
{
    if (!isServing())
        return;
    statusBar()->showMessage(tr("Restarting the services…"), 8000);
    m_mirror->requestRestart([this](const QString &error) {
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The server did not restart: %1").arg(error), 15000);
    });
}

void MainWindow::showWaveReport()
{
    if (!m_waveReport) {
        m_waveFeed = new WaveReportFeed(this);
        m_waveReport = new WaveReportWindow(m_waveFeed, this);
    }
    // The serve shown now, which may not be the one of the last opening.
    if (!m_waveFeed->isAttached() || !(m_waveFeed->endpoint() == m_mirror->endpoint()))
        m_waveFeed->attach(m_mirror->endpoint());
    m_waveReport->show();
    m_waveReport->raise();
    m_waveReport->activateWindow();
}

void MainWindow::serverGone()
{
    m_pidWatch->stop();
    const bool requested = m_stopRequested;
    const QString lastState = m_mirror->servingState();
    m_servePid = 0;
    m_stopRequested = false;
    if (!requested && lastState != QLatin1String("stopping")) {
        // It ended by itself: the Services page and the log keep what it
        // said last, until the next start.
        m_mirror->freeze();
        m_ended = true;
        if (m_dashboard) {
            (m_document ? m_tabs : m_remote)
                ->removeTab((m_document ? m_tabs : m_remote)->indexOf(m_dashboard));
            delete std::exchange(m_dashboard, nullptr);
        }
        // serve's last words name the reason, when this window started it.
        const QString reason = ServeLauncher::reasonIn(m_serveOutput);
        const QString text = reason.isEmpty() ? tr("Serving ended: the server is gone.") : reason;
        statusBar()->showMessage(text, 15000);
        if (m_dialogs) {
            auto *box = new QMessageBox(
                QMessageBox::Warning, tr("Serving Failed"), text, QMessageBox::Ok, this);
            box->setInformativeText(
                tr("Look at the Services page and the log for the reason, fix it, then start "
                   "serving again."));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        updateActions();
        return;
    }
    discardServingViews();
    m_mirror->detach();
    if (!m_document && m_remote) {
        m_stack->removeWidget(m_remote);
        delete std::exchange(m_remote, nullptr);
        m_stack->setCurrentWidget(m_welcome);
        updateTitle();
    }
    // A clean stop: serve's output has nothing more to tell.
    if (!m_serveOutput.isEmpty())
        QFile::remove(std::exchange(m_serveOutput, QString()));
    statusBar()->showMessage(tr("Stopped serving."), 5000);
    updateActions();
}

void MainWindow::discardServingViews()
{
    m_ended = false;
    QTabWidget *tabs = m_document ? m_tabs : m_remote;
    m_logDock->setLogModel(nullptr);
    for (QWidget *page :
        { static_cast<QWidget *>(m_dashboard), static_cast<QWidget *>(m_services) }) {
        if (page && tabs)
            tabs->removeTab(tabs->indexOf(page));
        delete page;
    }
    m_dashboard = nullptr;
    m_services = nullptr;
}

void MainWindow::askAttach()
{
    if (m_document && !closeEnvironment())
        return;
    if (m_remote && !closeEnvironment())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Attach to Server"));
    auto *address = new QLineEdit;
    address->setObjectName(QStringLiteral("attachAddress"));
    address->setPlaceholderText(tr("192.0.2.10:40123"));
    auto *token = new QLineEdit;
    token->setObjectName(QStringLiteral("attachToken"));
    token->setEchoMode(QLineEdit::Password);
    token->setPlaceholderText(tr("the contents of serve's token file"));
    auto *error = new QLabel;
    error->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
    error->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(
        tr("The address of the server's admin API (its --admin ADDRESS:PORT) and the token "
           "from its token file.")));
    form->addRow(tr("&Address:"), address);
    form->addRow(tr("&Token:"), token);
    form->addRow(error);
    form->addRow(buttons);
    std::optional<AdminEndpoint> endpoint;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        endpoint = AdminEndpoint::parse(address->text());
        if (!endpoint) {
            error->setText(tr("The address must be ADDRESS:PORT, for example 192.0.2.10:40123."));
            return;
        }
        endpoint->token = token->text().trimmed().toLatin1();
        if (endpoint->token.size() < 32) {
            error->setText(tr("The token is the 64 hex digits in serve's token file."));
            return;
        }
        dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted || !endpoint)
        return;
    m_serveOutput.clear(); // another machine's serve writes its output there
    attachToServer(*endpoint);
}

QString MainWindow::blockedReason() const
{
    if (!m_document)
        return tr("Open an environment first.");
    const Problems &problems = m_document->problems();
    if (!problems.isEmpty()) {
        QStringList lines;
        for (qsizetype i = 0; i < problems.size() && i < 5; ++i)
            lines << problems.at(i).toString();
        if (problems.size() > 5)
            lines << tr("… and %n more.", nullptr, int(problems.size() - 5));
        return tr("Fix these problems first:\n%1").arg(lines.join(u'\n'));
    }
    if (m_buildPanel && m_buildPanel->isRunning())
        return tr("A build is running.");
    if (m_osPanel && m_osPanel->isCopying())
        return tr("Files are still being copied into the environment.");
    return {};
}

void MainWindow::updateActions()
{
    const bool open = m_document != nullptr;
    m_saveAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    QUndoStack *undo = open ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(undo && undo->canUndo());
    m_redoAction->setEnabled(undo && undo->canRedo());
    m_undoAction->setText(
        undo && undo->canUndo() ? tr("&Undo %1").arg(undo->undoText()) : tr("&Undo"));
    m_redoAction->setText(
        undo && undo->canRedo() ? tr("&Redo %1").arg(undo->redoText()) : tr("&Redo"));

    const QString reason = blockedReason();
    m_buildAction->setEnabled(reason.isEmpty());
    m_buildAction->setToolTip(reason.isEmpty() ? m_buildAction->statusTip() : reason);
    const bool serving = isServing();
    m_serveAction->setEnabled(reason.isEmpty() && !serving);
    m_stopAction->setEnabled(
        serving && !m_launcher && m_mirror->link() == ServeMirror::Link::Attached);
    m_attachAction->setEnabled(!m_launcher);
    if (open) {
        QStringList osNames;
        for (const OsConfig &os : m_document->environment().oss())
            osNames << os.name;
        m_machines->setEnvironment(m_document->dir(), osNames);
    }
    m_machines->updateActions();
    m_waveReportAction->setEnabled(m_mirror->link() != ServeMirror::Link::Detached);
    m_restartAction->setEnabled(open && serving && !m_launcher
        && m_mirror->link() == ServeMirror::Link::Attached
        && !(m_buildPanel && m_buildPanel->isRunning()) && m_document->problems().isEmpty());
    m_proxyDhcpAction->setEnabled(open && !serving && m_document->environment().dnsmasq().enableDhcp
        && !m_document->environment().dnsmasq().proxyDhcp);
    m_buildAction->setEnabled(reason.isEmpty() && !serving);
    m_serveAction->setToolTip(reason.isEmpty() ? m_serveAction->statusTip() : reason);

    const qsizetype problems = open ? m_document->problems().size() : 0;
    m_problemCount->setText(problems > 0 ? tr("%n problem(s)", nullptr, int(problems)) : QString());
    m_problemCount->setStyleSheet(
        problems > 0 ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

void MainWindow::updateTitle()
{
    if (!m_document && m_remote) {
        setWindowTitle(tr("%1 — BootTorrent").arg(m_mirror->endpoint().address()));
        setWindowModified(false);
        return;
    }
    if (!m_document) {
        setWindowTitle(tr("BootTorrent"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*]").arg(QFileInfo(m_document->dir()).fileName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::showProblems(const QString &title, const QString &what, const Problems &problems)
{
    statusBar()->showMessage(what, 10000);
    if (!m_dialogs)
        return;
    QMessageBox box(QMessageBox::Warning, title, what, QMessageBox::Ok, this);
    box.setInformativeText(toString(problems));
    box.exec();
}

void MainWindow::switchToProxyDhcp()
{
    if (!m_document || isServing())
        return;
    Environment edited = m_document->environment();
    const NetworkProposal proposal = NetworkProposal::forInterface(edited.dnsmasq().interface);
    bt::switchToProxyDhcp(edited, proposal);
    m_document->edit(edited, tr("Switch to proxy DHCP"));
    statusBar()->showMessage(proposal.hostIp.isEmpty()
            ? tr("Proxy DHCP is on; %1 has no IPv4 address, so check the host IP and network.")
                  .arg(edited.dnsmasq().interface)
            : tr("Proxy DHCP is on, for the network of %1 (%2/%3).")
                  .arg(edited.dnsmasq().interface, proposal.hostIp, proposal.netmask),
        10000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About BootTorrent"),
        tr("<h3>BootTorrent %1</h3><p>Boots a room of computers over the network and hands each of "
           "them an "
           "operating system over BitTorrent, from the host and from every other client.</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closeEnvironment())
        event->accept();
    else
        event->ignore();
}

} // namespace bt
