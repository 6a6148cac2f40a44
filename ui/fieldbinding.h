#pragma once

#include "environment/environmentsection.h"

#include <QString>
#include <QVariant>

#include <functional>

class QObject;
class QWidget;

namespace bt {

// The value of the environment that one editor field shows and changes: a
// member of one of its sections, or a read and a write function for a value
// the field shows only part of.
class FieldAccess
{
public:
    using Read = std::function<QVariant(const Environment &)>;
    using Write = std::function<void(Environment &, const QVariant &)>;

    FieldAccess(Read read, Write write)
        : m_read(std::move(read))
        , m_write(std::move(write))
    {
    }

    template <typename Section, typename T>
    FieldAccess(T Section::*member)
        : m_read(
            [member](const Environment &env) { return QVariant::fromValue(setting(env, member)); })
        , m_write([member](Environment &env, const QVariant &value) {
            setSetting(env, member, value.value<T>());
        })
    {
    }

    QVariant read(const Environment &env) const { return m_read(env); }
    void write(Environment &env, const QVariant &value) const { m_write(env, value); }

private:
    Read m_read;
    Write m_write;
};

// One field of the environment editor: its widget, the Boottorrent.yaml key
// of its value, how it reads and writes that value and the undo step an edit
// makes. The widget is a QSpinBox (int), QCheckBox (bool), QLineEdit
// (trimmed text) or QComboBox (editable: its trimmed text; otherwise the
// current item's data).
struct FieldBinding
{
    enum Undo { OneStepPerEdit, MergeEditsInARow };

    QWidget *editor;
    QString keyPath; // "boottorrent.timeout"
    FieldAccess access;
    QString undoText;
    Undo undo = OneStepPerEdit;
    QString undoTextOff = {}; // a check box's undo text when it switches off, if another

    QVariant editorValue() const;
    // Shows value without moving the cursor of a text being typed; a value a
    // combo box does not offer is added to it, so a wrong value stays visible.
    void showValue(const QVariant &value) const;
    // Calls edited when the user changes the field (and when showValue does).
    void onEdited(QObject *context, const std::function<void()> &edited) const;
    QString undoTextFor(const QVariant &value) const;
};

} // namespace bt
