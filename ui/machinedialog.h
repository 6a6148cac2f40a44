#pragma once

#include "environment/machinebook.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace bt {

// One machine's name and boot choices: its own default OS and countdown
// (or the environment's), and an OS to boot once without the menu. The
// name is checked against the other machines' as it is typed.
class MachineDialog : public QDialog
{
    Q_OBJECT
public:
    MachineDialog(const KnownMachine &machine, const MachineBook &book, const QStringList &osNames,
        QWidget *parent = nullptr);

    KnownMachine machine() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *defaultOsBox() const { return m_defaultOs; }
    QComboBox *nextBootBox() const { return m_nextBoot; }
    QSpinBox *timeoutBox() const { return m_timeout; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    KnownMachine m_machine;
    MachineBook m_book;
    QStringList m_osNames;
    QLineEdit *m_name;
    QComboBox *m_defaultOs;
    QSpinBox *m_timeout;
    QComboBox *m_nextBoot;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

} // namespace bt
