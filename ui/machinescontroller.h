#pragma once

#include "environment/machinebook.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QMenu;
class QTableView;
class QWidget;

namespace bt {

class Job;
class ServeMirror;

// The window's "Machines" menu: the room's known machines (the open
// environment's machines.yaml) imported from and exported to a CSV of
// mac,name,default_os, one machine's name and boot choices edited, and
// machines powered on through serve (selected on the dashboard, or every
// one serve knows). The book is changed with MachineBook::update on a worker
// thread, so a serve writing it at the same moment never makes the window
// wait; serve sees the change within seconds and hands it to the clients.
class MachinesController : public QObject
{
    Q_OBJECT
public:
    MachinesController(QWidget *window, ServeMirror *mirror);

    QMenu *menu() const { return m_menu; }
    QAction *powerOnSelectedAction() const { return m_powerOnSelected; }

    // The open environment (empty: none) and its OS folders.
    void setEnvironment(const QString &dir, const QStringList &osNames);
    // The dashboard's table (null while not serving): its selection is what
    // "selected" means.
    void setDashboard(QTableView *view);
    void setDialogsEnabled(bool enabled) { m_dialogs = enabled; }
    void updateActions();

    // What the menu's dialogs end in; public for tests. Each reports through
    // statusMessage() and finished().
    void importCsv(const QString &file);
    void exportCsv(const QString &file);
    void editMachine(const KnownMachine &machine);
    QStringList selectedMacs() const;

Q_SIGNALS:
    void statusMessage(const QString &text);
    // A change of the book or an export ended; error is empty on success.
    void finished(const QString &error);

private:
    void askImport();
    void askExport();
    void askEdit();
    void powerOn(const QStringList &macs);
    // Runs work off the GUI thread as m_job; its error (empty: none) and the
    // success text it leaves are reported back on the GUI thread.
    void runOffThread(const std::function<QString(QString *success)> &work);
    // Changes the book off the GUI thread (MachineBook::update).
    void changeBook(const std::function<bool(MachineBook &)> &change, const QString &success);
    void report(const QString &error, const QString &success);

    QWidget *m_window;
    ServeMirror *m_mirror;
    QPointer<QTableView> m_view;
    QString m_dir;
    QStringList m_osNames;
    bool m_dialogs = true;
    Job *m_job; // one change of the book or export at a time
    QMenu *m_menu;
    QAction *m_import;
    QAction *m_export;
    QAction *m_edit;
    QAction *m_powerOnSelected;
    QAction *m_powerOnAll;
};

} // namespace bt
