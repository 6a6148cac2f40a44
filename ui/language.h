#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace bt {

// The user interface language: the system's, or one chosen in Settings
// (takes effect at the next start, when translators are installed).
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)
public:
    struct Choice
    {
        QString code; // empty: follow the system
        QString name; // in its own language
    };

    static QList<Choice> choices();
    static QString configured(); // empty: system
    static void setConfigured(const QString &code);
    // Installs BootTorrent's and Qt's translators on app in the configured
    // language; returns the code used.
    static QString install(QCoreApplication *app);
    // The same in the language of locale: the headless commands follow the
    // system locale (LC_ALL, LC_MESSAGES, LANG), not the desktop's setting.
    static QString install(QCoreApplication *app, const QLocale &locale);
};

} // namespace bt
