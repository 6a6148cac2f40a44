#include <environment/private/shellwords.h>

#include <shellwords.h> // client-tui/core: the client's own splitter

#include <QTest>

// The host validates the files named in `args` and `binargs` with its own
// splitter (Qt), while bttui splits them with its own (no Qt). Both must
// find the same words, or the host checks files the client never opens.
class TestShellWordsAgree : public QObject {
    Q_OBJECT
private slots:
    void bothSplittersFindTheSameWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("-fda odin1440.img");
        QTest::newRow("blanks") << QStringLiteral("  -m\t512 \n -hda disk.img  ");
        QTest::newRow("single quotes") << QStringLiteral("-hda 'my disk.img'");
        QTest::newRow("double quotes") << QStringLiteral("-append \"console=ttyS0 quiet\"");
        QTest::newRow("escapes in double quotes") << QStringLiteral("\"a \\\" b \\\\ c \\$ d \\` e \\x\"");
        QTest::newRow("backslash outside quotes") << QStringLiteral("my\\ disk.img next");
        QTest::newRow("adjacent parts") << QStringLiteral("file='a b'\"c d\"e");
        QTest::newRow("empty quotes") << QStringLiteral("'' \"\" x");
        QTest::newRow("drive option") << QStringLiteral("-drive file=disk.qcow2,if=virtio");
        QTest::newRow("unicode") << QStringLiteral("-name 'Prüfung äöü'");
        QTest::newRow("empty") << QString();
    }

    void bothSplittersFindTheSameWords()
    {
        QFETCH(QString, text);
        const bt::Result<QStringList> host = bt::splitShellWords(text);
        const auto client = bt::tui::ShellWords::split(text.toStdString());
        QVERIFY(host.ok());
        QVERIFY(client.ok());
        QStringList clientWords;
        for (const std::string &word : client.value())
            clientWords << QString::fromStdString(word);
        QCOMPARE(host.value(), clientWords);
    }

    void bothSplittersRefuseTheSameText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("open single quote") << QStringLiteral("-hda 'disk.img");
        QTest::newRow("open double quote") << QStringLiteral("-append \"quiet");
        QTest::newRow("trailing backslash") << QStringLiteral("disk.img\\");
    }

    void bothSplittersRefuseTheSameText()
    {
        QFETCH(QString, text);
        QVERIFY(!bt::splitShellWords(text).ok());
        QVERIFY(!bt::tui::ShellWords::split(text.toStdString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestShellWordsAgree)
#include "tst_shellwordsagree.moc"
