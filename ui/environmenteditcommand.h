#pragma once

#include "environment/environment.h"

#include <QUndoCommand>

namespace bt {

class EnvironmentDocument;

// One undoable edit: the whole model before and after. Environment is a
// small value, so snapshots are simpler and safer than per-field inverses.
class EnvironmentEditCommand : public QUndoCommand
{
public:
    EnvironmentEditCommand(EnvironmentDocument *document, Environment before, Environment after,
        const QString &description, int mergeKey);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    EnvironmentDocument *m_document;
    Environment m_before;
    Environment m_after;
    int m_mergeKey;
};

} // namespace bt
