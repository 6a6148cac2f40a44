#pragma once

#include <QDialog>

class QComboBox;

namespace bt {

// Application settings: the user interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    void accept() override;

private:
    QComboBox *m_language;
};

} // namespace bt
