#include "settingsdialog.h"

#include "language.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace bt {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox)
{
    setWindowTitle(tr("Settings"));
    m_language->setObjectName(QStringLiteral("language"));
    const QList<Language::Choice> choices = Language::choices();
    for (const Language::Choice &choice : choices)
        m_language->addItem(choice.name, choice.code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::configured())));

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Language:"));
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    auto *note = new QLabel(tr("BootTorrent uses a new language after it is restarted."));
    note->setWordWrap(true);
    note->setEnabled(false);
    form->addRow(note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    Language::setConfigured(m_language->currentData().toString());
    QDialog::accept();
}

} // namespace bt
