#include <environment/environment.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace bt;

namespace {

// One <message> of a .ts file.
struct Entry
{
    QString file;
    QString context;
    QString source;
    QString type; // of its <translation>: empty when finished
    QStringList forms; // the translation, or its numerus forms
    bool numerus = false;

    QString where() const { return QStringLiteral("%1: %2: \"%3\"").arg(file, context, source); }
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name") && entry.source.isNull()) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                entry = Entry { QDir(path).dirName(), context, {}, {}, {},
                    xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes") };
            } else if (name == QLatin1String("source")) {
                entry.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                entry.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!entry.numerus)
                    entry.forms << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                entry.forms << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            entries << entry;
            entry = Entry {};
        }
    }
    if (xml.hasError())
        qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return entries;
}

// %1..%99, %n and %Ln, and HTML tags: what a translation must keep.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral("%L?n|%[1-9][0-9]?|<[^>]*>"));
    QStringList found;
    for (auto it = marks.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    found.sort();
    return found;
}

// This process's environment with only variable naming the language.
QProcessEnvironment inLocale(const QString &variable, const QString &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG" })
        environment.remove(QLatin1String(name));
    environment.insert(variable, locale);
    return environment;
}

QStringList tsFiles()
{
    const QDir dir(QStringLiteral(BT_TRANSLATIONS_DIR));
    QStringList files;
    for (const QString &name : dir.entryList({ QStringLiteral("*.ts") }, QDir::Files))
        files << dir.filePath(name);
    return files;
}

// An environment whose Boottorrent.yaml has a word where seconds belong.
void writeBadEnvironment(const QString &dir)
{
    QFile yaml(dir + QStringLiteral("/Boottorrent.yaml"));
    QVERIFY(yaml.open(QIODevice::WriteOnly));
    yaml.write("boottorrent: {version: 0, timeout: abc, host_ip: 198.18.0.1}\n"
               "dnsmasq: {enable_dhcp: false, enable_tftp: false}\n");
    yaml.close();
    QVERIFY(QDir(dir).mkpath(QStringLiteral("oss")));
}

// A settled boot wave of one machine, as serve keeps it in DIR/reports.
void writeWave(const QString &file)
{
    QFile wave(file);
    QVERIFY(wave.open(QIODevice::WriteOnly));
    wave.write(R"({"status": "settled", "start": "2026-11-30T10:00:00Z",
 "settled": "2026-11-30T10:05:00Z", "settledBy": "booted", "machines": [
 {"mac": "52:54:00:18:00:01", "name": "front-left", "os": "demo", "state": "booted",
  "start": "2026-11-30T10:00:00Z", "toPhase1": 20000, "toDownloaded": 60000, "toBooted": 90000,
  "bytesFromHost": 1048576, "bytesFromPeers": 3145728}]})");
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bothLanguagesHaveTranslations()
    {
        QStringList names;
        for (const QString &path : tsFiles())
            names << QDir(path).dirName();
        QCOMPARE(names,
            QStringList(
                { QStringLiteral("boottorrent_de.ts"), QStringLiteral("boottorrent_it.ts") }));
        for (const QString &path : tsFiles())
            QVERIFY2(readTs(path).size() > 100, qPrintable(path));
    }

    void everyEntryIsFinishedAndCurrent()
    {
        QStringList bad;
        for (const QString &path : tsFiles()) {
            for (const Entry &e : readTs(path)) {
                const bool empty = e.forms.isEmpty()
                    || std::any_of(e.forms.cbegin(), e.forms.cend(),
                        [](const QString &f) { return f.isEmpty(); });
                if (!e.type.isEmpty() || empty)
                    bad << QStringLiteral("%1 (%2)").arg(
                        e.where(), e.type.isEmpty() ? QStringLiteral("empty") : e.type);
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void numerusEntriesHaveTwoForms()
    {
        QStringList bad;
        for (const QString &path : tsFiles())
            for (const Entry &e : readTs(path))
                if (e.numerus && e.forms.size() != 2)
                    bad << e.where();
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void placeholdersAndMarkupAgree()
    {
        QStringList bad;
        for (const QString &path : tsFiles()) {
            for (const Entry &e : readTs(path)) {
                const QStringList wanted = placeholders(e.source);
                for (const QString &form : e.forms) {
                    if (placeholders(form) != wanted)
                        bad << QStringLiteral("%1 -> \"%2\"").arg(e.where(), form);
                }
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(QLatin1Char('\n'))));
    }

    void environmentProblemComesOutInGerman()
    {
        QTranslator german;
        QVERIFY(german.load(QStringLiteral(":/i18n/boottorrent_de.qm")));
        QVERIFY(QCoreApplication::installTranslator(&german));
        QTemporaryDir dir;
        writeBadEnvironment(dir.path());
        const Result<Environment> env = Environment::load(dir.path());
        QCoreApplication::removeTranslator(&german);
        QVERIFY(!env.ok());
        const Problem timeout { QStringLiteral("Boottorrent.yaml"),
            QStringLiteral("boottorrent.timeout"),
            QStringLiteral("muss eine ganze Zahl von Sekunden sein, angegeben ist „abc“") };
        QVERIFY2(env.problems().contains(timeout), qPrintable(toString(env.problems())));
    }

    void commandLineFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("message");
        const QString english = QStringLiteral("must be a whole number of seconds, got \"abc\"");
        const QString german
            = QStringLiteral("muss eine ganze Zahl von Sekunden sein, angegeben ist „abc“");
        const QString italian
            = QStringLiteral("deve essere un numero intero di secondi, trovato \"abc\"");
        QTest::newRow("LANG German") << "LANG"
                                     << "de_DE.UTF-8" << german;
        QTest::newRow("LC_ALL Italian") << "LC_ALL"
                                        << "it_IT.UTF-8" << italian;
        QTest::newRow("LC_MESSAGES German") << "LC_MESSAGES"
                                            << "de_DE.UTF-8" << german;
        QTest::newRow("LANG C") << "LANG"
                                << "C.UTF-8" << english;
    }

    void commandLineFollowsTheLocale()
    {
        QFETCH(QString, variable);
        QFETCH(QString, locale);
        QFETCH(QString, message);
        QTemporaryDir dir;
        writeBadEnvironment(dir.path());
        QProcess process;
        process.setProcessEnvironment(inLocale(variable, locale));
        process.start(QStringLiteral(BT_BOOTTORRENT), { QStringLiteral("build"), dir.path() });
        QVERIFY(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitCode(), 2);
        const QString line = QStringLiteral("%1/Boottorrent.yaml: boottorrent.timeout: %2")
                                 .arg(dir.path(), message);
        QVERIFY2(err.split(QLatin1Char('\n')).contains(line), qPrintable(err));
    }

    // The usage, the --help of each command with Qt's own words in it, and the
    // errors printed before a command runs: in the language of the locale.
    void helpFollowsTheLocale_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QStringList>("lines");
        const QStringList help { QStringLiteral("--help") };
        QTest::newRow("usage LANG German")
            << "LANG"
            << "de_DE.UTF-8" << help << 0
            << QStringList { QStringLiteral("Aufruf: boottorrent [DIR]          die Desktop-App "
                                            "öffnen (mit der Umgebung DIR)"),
                   QStringLiteral("Befehle:"),
                   QStringLiteral("  build    DIR/out/ bauen: Torrents, Client-Konfiguration, "
                                  "Konfiguration der Dienste") };
        QTest::newRow("build --help LANG German")
            << "LANG"
            << "de_DE.UTF-8" << QStringList { QStringLiteral("build"), QStringLiteral("--help") }
            << 0
            << QStringList { QStringLiteral("Aufruf: boottorrent build [Optionen] DIR"),
                   QStringLiteral("Optionen:"),
                   QStringLiteral("  -q, --quiet        Nur das Ergebnis ausgeben."),
                   QStringLiteral("Argumente:"),
                   QStringLiteral("  DIR                Der Umgebungsordner.") };
        QTest::newRow("serve --help LC_MESSAGES German")
            << "LC_MESSAGES"
            << "de_DE.UTF-8" << QStringList { QStringLiteral("serve"), QStringLiteral("--help") }
            << 0
            << QStringList { QStringLiteral("Aufruf: boottorrent serve [Optionen] DIR"),
                   QStringLiteral("Stellt die Umgebung DIR bereit: baut out/, wenn es veraltet "
                                  "ist, und startet dann dnsmasq (DHCP + TFTP),") };
        QTest::newRow("usage LC_ALL Italian")
            << "LC_ALL"
            << "it_IT.UTF-8" << help << 0
            << QStringList { QStringLiteral("Comandi:"),
                   QStringLiteral("  wake     accende le macchine del laboratorio con "
                                  "Wake-on-LAN") };
        QTest::newRow("--lab error LANG German")
            << "LANG"
            << "de_DE.UTF-8" << QStringList { QStringLiteral("--lab"), QStringLiteral("x") } << 2
            << QStringList { QStringLiteral("boottorrent: --lab erwartet eine Anzahl Clients und "
                                            "einen Ordner: boottorrent --lab 4 DIR") };
        QTest::newRow("build --help LANG C")
            << "LANG"
            << "C.UTF-8" << QStringList { QStringLiteral("build"), QStringLiteral("--help") } << 0
            << QStringList { QStringLiteral("Usage: boottorrent build [options] DIR"),
                   QStringLiteral("  -q, --quiet        Print only the result.") };
    }

    void helpFollowsTheLocale()
    {
        QFETCH(QString, variable);
        QFETCH(QString, locale);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QStringList, lines);
        QProcess process;
        process.setProcessEnvironment(inLocale(variable, locale));
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral(BT_BOOTTORRENT), arguments);
        QVERIFY(process.waitForFinished(60000));
        const QString output = QString::fromUtf8(process.readAll());
        QCOMPARE(process.exitCode(), exitCode);
        const QStringList printed = output.split(QLatin1Char('\n'));
        for (const QString &line : lines)
            QVERIFY2(printed.contains(line),
                qPrintable(QStringLiteral("no line \"%1\" in:\n%2").arg(line, output)));
    }

    // What a command prints as it runs follows the locale too; what a script
    // reads (here the CSV) stays the same in every language.
    void runTimeLinesFollowTheLocale()
    {
        QTemporaryDir dir;
        const QString wave = dir.filePath(QStringLiteral("wave.json"));
        writeWave(wave);
        auto report = [&](const QString &locale, const QString &csv) {
            QProcess process;
            process.setProcessEnvironment(inLocale(QStringLiteral("LANG"), locale));
            process.start(QStringLiteral(BT_BOOTTORRENT),
                { QStringLiteral("report"), dir.path(), QStringLiteral("--wave"), wave,
                    QStringLiteral("--csv"), dir.filePath(csv) });
            if (!process.waitForFinished(60000) || process.exitCode() != 0)
                qWarning("%s", process.readAllStandardError().constData());
            return QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
        };
        const QStringList german = report(QStringLiteral("de_DE.UTF-8"), QStringLiteral("de.csv"));
        const QStringList english = report(QStringLiteral("C.UTF-8"), QStringLiteral("c.csv"));
        const QString joined = german.join(QLatin1Char('\n'));
        QVERIFY2(german.contains(QStringLiteral("begonnen 2026-11-30 10:00:00 UTC, abgeschlossen "
                                                "2026-11-30 10:05:00 UTC")),
            qPrintable(joined));
        QVERIFY2(german.contains(QStringLiteral("%1 und %2 geschrieben")
                                     .arg(dir.filePath(QStringLiteral("de.csv")),
                                         dir.filePath(QStringLiteral("de-curve.csv")))),
            qPrintable(joined));
        // The columns stand under their German headers, however long those are.
        const qsizetype header = german.indexOf(QRegularExpression(QStringLiteral("MAC +NAME .*")));
        QVERIFY2(header >= 0 && header + 1 < german.size(), qPrintable(joined));
        QCOMPARE(german[header + 1].indexOf(QStringLiteral("booted")),
            german[header].indexOf(QStringLiteral("ZUSTAND")));
        QCOMPARE(german[header + 1].indexOf(QStringLiteral("1.0 MiB")),
            german[header].indexOf(QStringLiteral("VOM HOST")));
        QVERIFY2(english.contains(QStringLiteral("started 2026-11-30 10:00:00 UTC, settled "
                                                 "2026-11-30 10:05:00 UTC")),
            qPrintable(english.join(QLatin1Char('\n'))));
        QVERIFY(
            english.indexOf(QRegularExpression(QStringLiteral("MAC +NAME +OS +STATE .*"))) >= 0);
        QFile germanCsv(dir.filePath(QStringLiteral("de.csv")));
        QFile englishCsv(dir.filePath(QStringLiteral("c.csv")));
        QVERIFY(germanCsv.open(QIODevice::ReadOnly) && englishCsv.open(QIODevice::ReadOnly));
        QCOMPARE(germanCsv.readAll(), englishCsv.readAll());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
