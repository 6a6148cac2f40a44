#pragma once

#include "environment/environment.h"

#include <QObject>

class QUndoStack;

namespace bt {

// The environment open in the window: the core model, its validation
// problems, undo history and whether it differs from what is on disk.
// Every view edits through edit(), so undo, the modified mark and the
// inline problems stay in step.
class EnvironmentDocument : public QObject
{
    Q_OBJECT
public:
    explicit EnvironmentDocument(Environment environment, QObject *parent = nullptr);
    ~EnvironmentDocument() override;

    const Environment &environment() const;
    QString dir() const;
    const Problems &problems() const; // environment().validate(), kept current
    bool isModified() const;
    QUndoStack *undoStack() const;

    // Replaces the model by an edited copy as one undoable step. Edits in a
    // row with the same mergeKey (>= 0) become one step, so typing a word
    // is undone at once.
    void edit(const Environment &edited, const QString &description, int mergeKey = -1);
    // For changes undo cannot take back (files deleted on disk): applies the
    // model and forgets the history.
    void replaceForgettingHistory(const Environment &edited);
    // Validates again, e.g. after files in an OS folder changed on disk.
    void revalidate();

    // Writes through Environment::save; marks the document unmodified on success.
    Problems save();

    // Used by the undo commands only.
    void setCurrent(const Environment &environment);

Q_SIGNALS:
    void changed();
    void modifiedChanged(bool modified);

private:
    void updateModified();
    static QByteArray fingerprint(const Environment &environment);

    Environment m_environment;
    Problems m_problems;
    QByteArray m_savedFingerprint;
    bool m_modified = false;
    QUndoStack *m_undoStack;
};

} // namespace bt
