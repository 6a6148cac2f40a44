#include "machinedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bt {

namespace {

void fillOsBox(
    QComboBox *box, const QString &none, const QStringList &osNames, const QString &current)
{
    box->addItem(none, QString());
    for (const QString &os : osNames)
        box->addItem(os, os);
    box->setCurrentIndex(std::max(0, box->findData(current)));
}

} // namespace

MachineDialog::MachineDialog(const KnownMachine &machine, const MachineBook &book,
    const QStringList &osNames, QWidget *parent)
    : QDialog(parent)
    , m_machine(machine)
    , m_book(book)
    , m_osNames(osNames)
    , m_name(new QLineEdit(machine.name))
    , m_defaultOs(new QComboBox)
    , m_timeout(new QSpinBox)
    , m_nextBoot(new QComboBox)
    , m_problem(new QLabel)
{
    setWindowTitle(tr("Machine %1").arg(machine.mac));
    m_name->setObjectName(QStringLiteral("machineName"));
    m_name->setMaxLength(MachineBook::MaxNameLength);
    m_name->setPlaceholderText(machine.hostname.isEmpty() ? tr("e.g. pc-01") : machine.hostname);
    m_defaultOs->setObjectName(QStringLiteral("machineDefaultOs"));
    fillOsBox(m_defaultOs, tr("The environment's default"), osNames, machine.defaultOs);
    m_nextBoot->setObjectName(QStringLiteral("machineNextBoot"));
    fillOsBox(m_nextBoot, tr("The menu, as usual"), osNames, machine.nextBoot);
    m_timeout->setObjectName(QStringLiteral("machineTimeout"));
    // -2 stands for "the environment's countdown"; -1 waits for a choice.
    m_timeout->setRange(-2, 86400);
    m_timeout->setSpecialValueText(tr("The environment's countdown"));
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(machine.timeout.value_or(-2));
    m_problem->setObjectName(QStringLiteral("machineProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Default OS:"), m_defaultOs);
    form->addRow(tr("&Countdown:"), m_timeout);
    form->addRow(tr("Ne&xt boot:"), m_nextBoot);
    auto *hint = new QLabel(tr("The next boot starts the chosen OS without the menu, once; the "
                               "machine shows the menu again after it booted. -1 s waits for a "
                               "choice."));
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this, &MachineDialog::check);
    check();
}

KnownMachine MachineDialog::machine() const
{
    KnownMachine machine = m_machine;
    machine.name = m_name->text().trimmed();
    machine.defaultOs = m_defaultOs->currentData().toString();
    machine.nextBoot = m_nextBoot->currentData().toString();
    if (m_timeout->value() < -1)
        machine.timeout.reset();
    else
        machine.timeout = m_timeout->value();
    return machine;
}

void MachineDialog::check()
{
    MachineBook book = m_book;
    book.put(machine());
    // The book was valid before: whatever is wrong now, this edit did.
    const Problems problems = book.validate(m_osNames);
    const QString text = problems.isEmpty() ? QString() : problems.constFirst().message;
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    if (m_ok)
        m_ok->setEnabled(text.isEmpty());
}

} // namespace bt
