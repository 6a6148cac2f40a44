#include "ui/language.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using namespace bt;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("BootTorrentLanguageTest"));
    }

    void offersSystemEnglishGermanAndItalian()
    {
        QStringList codes;
        for (const Language::Choice &choice : Language::choices())
            codes << choice.code;
        QCOMPARE(codes,
            QStringList(
                { QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("it") }));
    }

    void germanTranslationIsEmbeddedAndInstalled()
    {
        Language::setConfigured(QStringLiteral("de"));
        QCOMPARE(Language::configured(), QStringLiteral("de"));
        Language::install(qApp);
        QCOMPARE(
            QCoreApplication::translate("bt::MainWindow", "&Save"), QStringLiteral("&Speichern"));
        QCOMPARE(QCoreApplication::translate("bt::MainWindow", "%n problem(s)", nullptr, 3),
            QStringLiteral("3 Probleme"));
    }

    void italianTranslationIsEmbedded()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/boottorrent_it.qm")));
        QCOMPARE(
            translator.translate("bt::OsPanel", "Remove OS"), QStringLiteral("Rimuovi sistema"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
