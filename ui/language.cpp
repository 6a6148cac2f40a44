#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace bt {

namespace {
const QString key = QStringLiteral("ui/language");
}

QList<Language::Choice> Language::choices()
{
    return {
        { QString(), tr("System language") },
        { QStringLiteral("en"), QStringLiteral("English") },
        { QStringLiteral("de"), QStringLiteral("Deutsch") },
        { QStringLiteral("it"), QStringLiteral("Italiano") },
    };
}

QString Language::configured() { return QSettings().value(key).toString(); }

void Language::setConfigured(const QString &code) { QSettings().setValue(key, code); }

QString Language::install(QCoreApplication *app)
{
    const QString code = configured();
    return install(app, code.isEmpty() ? QLocale::system() : QLocale(code));
}

QString Language::install(QCoreApplication *app, const QLocale &locale)
{
    QLocale::setDefault(locale);

    auto *own = new QTranslator(app);
    if (own->load(
            locale, QStringLiteral("boottorrent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app->installTranslator(own);
    else
        delete own;
    // Qt's own texts (dialog buttons) in the same language.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app->installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

} // namespace bt
