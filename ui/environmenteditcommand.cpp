#include "environmenteditcommand.h"

#include "environmentdocument.h"

namespace bt {

EnvironmentEditCommand::EnvironmentEditCommand(EnvironmentDocument *document, Environment before,
    Environment after, const QString &description, int mergeKey)
    : QUndoCommand(description)
    , m_document(document)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_mergeKey(mergeKey)
{
}

void EnvironmentEditCommand::undo() { m_document->setCurrent(m_before); }

void EnvironmentEditCommand::redo() { m_document->setCurrent(m_after); }

int EnvironmentEditCommand::id() const { return m_mergeKey; }

bool EnvironmentEditCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    m_after = static_cast<const EnvironmentEditCommand *>(other)->m_after;
    return true;
}

} // namespace bt
