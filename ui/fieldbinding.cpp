#include "fieldbinding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QSpinBox>

namespace bt {

namespace {

void showText(QLineEdit *edit, const QString &text)
{
    // Rewriting an equal text would move the cursor while the user types.
    if (edit->text() != text)
        edit->setText(text);
}

} // namespace

QVariant FieldBinding::editorValue() const
{
    if (auto *box = qobject_cast<QSpinBox *>(editor))
        return box->value();
    if (auto *box = qobject_cast<QCheckBox *>(editor))
        return box->isChecked();
    if (auto *edit = qobject_cast<QLineEdit *>(editor))
        return edit->text().trimmed();
    if (auto *combo = qobject_cast<QComboBox *>(editor))
        return combo->isEditable() ? QVariant(combo->lineEdit()->text().trimmed())
                                   : combo->currentData();
    qFatal("FieldBinding: %s is no field widget", editor->metaObject()->className());
}

void FieldBinding::showValue(const QVariant &value) const
{
    if (auto *box = qobject_cast<QSpinBox *>(editor)) {
        if (box->value() != value.toInt())
            box->setValue(value.toInt());
    } else if (auto *box = qobject_cast<QCheckBox *>(editor)) {
        box->setChecked(value.toBool());
    } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        showText(edit, value.toString());
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QString text = value.toString();
        if (combo->isEditable()) {
            if (combo->currentText() != text && combo->lineEdit()->text() != text) {
                const int found = combo->findData(text);
                if (found >= 0)
                    combo->setCurrentIndex(found);
                combo->setEditText(text);
            }
            return;
        }
        int index = combo->findData(text);
        if (index < 0) {
            combo->addItem(text, text);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    }
}

void FieldBinding::onEdited(QObject *context, const std::function<void()> &edited) const
{
    if (auto *box = qobject_cast<QSpinBox *>(editor))
        QObject::connect(box, &QSpinBox::valueChanged, context, edited);
    else if (auto *box = qobject_cast<QCheckBox *>(editor))
        QObject::connect(box, &QCheckBox::toggled, context, edited);
    else if (auto *edit = qobject_cast<QLineEdit *>(editor))
        QObject::connect(edit, &QLineEdit::textEdited, context, edited);
    else if (auto *combo = qobject_cast<QComboBox *>(editor); combo && combo->isEditable())
        QObject::connect(combo->lineEdit(), &QLineEdit::textEdited, context, edited);
    else if (combo)
        QObject::connect(combo, &QComboBox::activated, context, edited);
}

QString FieldBinding::undoTextFor(const QVariant &value) const
{
    return !undoTextOff.isEmpty() && value == QVariant(false) ? undoTextOff : undoText;
}

} // namespace bt
