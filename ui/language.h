#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bt {

// The user interface language: the system's, or one chosen in Settings
// (takes effect at the next start, when translators are installed).
class Language {
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    struct Choice {
        QString code; // empty: follow the system
        QString name; // in its own language
    };

    static QList<Choice> choices();
    static QString configured(); // empty: system
    static void setConfigured(const QString &code);
    // Installs BootTorrent's and Qt's translators on app; returns the code used.
    static QString install(QCoreApplication *app);
};

} // namespace bt
