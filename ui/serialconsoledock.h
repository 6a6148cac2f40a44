#pragma once

#include <QDockWidget>
#include <QStringList>
#include <QTimer>

class QComboBox;
class QPlainTextEdit;

namespace bt {

// The serial consoles of the virtual lab's machines: pick a machine in the
// combo box and watch its console grow, read from the file qemu writes.
class SerialConsoleDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SerialConsoleDock(QWidget *parent = nullptr);

    // name -> serial log file, in the combo box's order; empty: none.
    void setConsoles(const QStringList &names, const QStringList &files);
    QString currentText() const;

private:
    void showCurrent();
    void poll();

    QComboBox *m_machine;
    QPlainTextEdit *m_text;
    QStringList m_files;
    QString m_file;
    qint64 m_offset = 0;
    QTimer m_timer;
};

} // namespace bt
