#include "environmentdocument.h"

#include "environmenteditcommand.h"

#include <QUndoStack>

namespace bt {

EnvironmentDocument::EnvironmentDocument(Environment environment, QObject *parent)
    : QObject(parent)
    , m_environment(std::move(environment))
    , m_undoStack(new QUndoStack(this))
{
    m_problems = m_environment.validate();
    m_savedFingerprint = fingerprint(m_environment);
}

EnvironmentDocument::~EnvironmentDocument() = default;

const Environment &EnvironmentDocument::environment() const { return m_environment; }

QString EnvironmentDocument::dir() const { return m_environment.dir(); }

const Problems &EnvironmentDocument::problems() const { return m_problems; }

bool EnvironmentDocument::isModified() const { return m_modified; }

QUndoStack *EnvironmentDocument::undoStack() const { return m_undoStack; }

void EnvironmentDocument::edit(const Environment &edited, const QString &description, int mergeKey)
{
    m_undoStack->push(
        new EnvironmentEditCommand(this, m_environment, edited, description, mergeKey));
}

void EnvironmentDocument::replaceForgettingHistory(const Environment &edited)
{
    m_undoStack->clear();
    setCurrent(edited);
}

void EnvironmentDocument::revalidate()
{
    m_problems = m_environment.validate();
    Q_EMIT changed();
}

Problems EnvironmentDocument::save()
{
    const Problems problems = m_environment.save();
    if (problems.isEmpty()) {
        m_savedFingerprint = fingerprint(m_environment);
        m_undoStack->setClean();
        updateModified();
    }
    return problems;
}

void EnvironmentDocument::setCurrent(const Environment &environment)
{
    m_environment = environment;
    m_problems = m_environment.validate();
    updateModified();
    Q_EMIT changed();
}

void EnvironmentDocument::updateModified()
{
    // Compares what would be written, so typing a value and deleting it
    // again leaves the document unmodified.
    const bool modified = fingerprint(m_environment) != m_savedFingerprint;
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

QByteArray EnvironmentDocument::fingerprint(const Environment &environment)
{
    return environment.boottorrentYaml() + '\n' + environment.configsYaml();
}

} // namespace bt
