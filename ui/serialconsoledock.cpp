#include "serialconsoledock.h"

#include <QComboBox>
#include <QFile>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace bt {

namespace {

constexpr int kMaxBlocks = 5000;
constexpr qint64 kMaxRead = 256 * 1024;

} // namespace

SerialConsoleDock::SerialConsoleDock(QWidget *parent)
    : QDockWidget(tr("Serial Consoles"), parent)
    , m_machine(new QComboBox)
    , m_text(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("serialConsoleDock"));
    m_machine->setObjectName(QStringLiteral("serialConsoleMachine"));
    m_text->setObjectName(QStringLiteral("serialConsoleText"));
    m_text->setReadOnly(true);
    m_text->setMaximumBlockCount(kMaxBlocks);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *body = new QWidget;
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_machine);
    layout->addWidget(m_text, 1);
    setWidget(body);
    connect(m_machine, &QComboBox::currentIndexChanged, this, &SerialConsoleDock::showCurrent);
    // qemu appends to a plain file; reading what grew twice a second is
    // cheap and needs no file watcher that misses appends.
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &SerialConsoleDock::poll);
}

void SerialConsoleDock::setConsoles(const QStringList &names, const QStringList &files)
{
    m_files = files;
    m_machine->blockSignals(true);
    m_machine->clear();
    m_machine->addItems(names);
    m_machine->blockSignals(false);
    showCurrent();
}

QString SerialConsoleDock::currentText() const { return m_text->toPlainText(); }

void SerialConsoleDock::showCurrent()
{
    m_text->clear();
    m_offset = 0;
    m_file = m_files.value(m_machine->currentIndex());
    if (m_file.isEmpty()) {
        m_timer.stop();
        return;
    }
    poll();
    m_timer.start();
}

void SerialConsoleDock::poll()
{
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return;
    if (file.size() < m_offset) { // a new run of the machine
        m_text->clear();
        m_offset = 0;
    }
    if (file.size() == m_offset || !file.seek(m_offset))
        return;
    const QByteArray data = file.read(kMaxRead);
    m_offset += data.size();
    // Consoles carry carriage returns and terminal escapes (bttui's status line).
    static const QRegularExpression escapes(QStringLiteral("\x1b\\[[0-9;?]*[A-Za-z]|\r"));
    QString text = QString::fromUtf8(data);
    text.remove(escapes);
    m_text->moveCursor(QTextCursor::End);
    m_text->insertPlainText(text);
    m_text->moveCursor(QTextCursor::End);
}

} // namespace bt
