#include "ui/environmentdocument.h"
#include "ui/environmenteditor.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace bt;

namespace {

// "section.key" → value text of a block-style Boottorrent.yaml, read without
// the app's own reader, so a field bound to the wrong member shows.
QHash<QString, QString> yamlValues(const QString &dir)
{
    QFile file(dir + QStringLiteral("/Boottorrent.yaml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QHash<QString, QString> values;
    QString section;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const qsizetype colon = trimmed.indexOf(u':');
        if (!line.startsWith(u' ')) {
            section = trimmed.left(colon);
            continue;
        }
        QString value = trimmed.mid(colon + 1).trimmed();
        if (value.size() >= 2 && value.startsWith(u'"') && value.endsWith(u'"'))
            value = value.mid(1, value.size() - 2);
        values.insert(section + u'.' + trimmed.left(colon), value);
    }
    return values;
}

QString yamlText(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return value.toString();
}

// An environment as `boottorrent init` writes it, with one OS to choose as default.
void makeEnvironment(const QString &dir)
{
    QVERIFY(Environment::init(dir).isEmpty());
    QVERIFY(QDir(dir).mkpath(QStringLiteral("oss/linux")));
    QFile kernel(dir + QStringLiteral("/oss/linux/vmlinuz"));
    QVERIFY(kernel.open(QIODevice::WriteOnly));
    QFile config(dir + QStringLiteral("/oss/linux/config.yaml"));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("method: kexec\nkernel: vmlinuz\n");
}

// The document and editor of an environment folder, as the window shows them.
struct OpenEditor
{
    explicit OpenEditor(const QString &dir)
    {
        const Result<Environment> read = Environment::read(dir);
        if (!read.ok())
            qFatal("%s", qPrintable(toString(read.problems())));
        document = std::make_unique<EnvironmentDocument>(read.value());
        editor = std::make_unique<EnvironmentEditor>(document.get());
        editor->show();
    }
    std::unique_ptr<EnvironmentDocument> document;
    std::unique_ptr<EnvironmentEditor> editor;
};

void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestEnvironmentEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyInputWidgetIsABoundField()
    {
        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        OpenEditor open(tmp.path());
        QSet<QWidget *> bound;
        for (const FieldBinding &binding : open.editor->fields()) {
            QVERIFY2(!bound.contains(binding.editor), qPrintable(binding.editor->objectName()));
            bound.insert(binding.editor);
        }
        QList<QWidget *> inputs;
        for (auto *w : open.editor->findChildren<QAbstractSpinBox *>())
            inputs << w;
        for (auto *w : open.editor->findChildren<QAbstractButton *>())
            inputs << w;
        for (auto *w : open.editor->findChildren<QComboBox *>())
            inputs << w;
        for (auto *w : open.editor->findChildren<QLineEdit *>()) {
            // Spin and combo boxes type into a line edit of their own.
            if (!qobject_cast<QAbstractSpinBox *>(w->parent())
                && !qobject_cast<QComboBox *>(w->parent()))
                inputs << w;
        }
        for (QWidget *input : std::as_const(inputs))
            QVERIFY2(bound.contains(input),
                qPrintable(input->objectName() + QStringLiteral(" is bound to no value")));
    }

    void everyFieldShowsTheProblemsOfItsKey()
    {
        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        OpenEditor open(tmp.path());
        QSet<QString> seen;
        for (const FieldBinding &binding : open.editor->fields()) {
            const QString name = binding.editor->objectName();
            QVERIFY2(!binding.keyPath.isEmpty(), qPrintable(name));
            // A value shown in several fields (dhcp_range) shows its problems under the first.
            if (seen.contains(binding.keyPath))
                continue;
            seen.insert(binding.keyPath);
            QLabel *problem = open.editor->problemLabel(binding.keyPath);
            QVERIFY2(problem, qPrintable(binding.keyPath));
            QVERIFY2(problem->parentWidget()->isAncestorOf(binding.editor),
                qPrintable(
                    binding.keyPath + QStringLiteral(" shows its problems away from ") + name));
        }
    }

    // Each field in turn: the user changes it, the document is saved,
    // Boottorrent.yaml has the new value at the field's key and nothing else
    // changed, and the environment opened again shows the value.
    void everyFieldRoundTripsThroughBoottorrentYaml()
    {
        // A valid new value for each text field, by object name.
        const QHash<QString, QString> texts {
            { QStringLiteral("hostIp"), QStringLiteral("192.168.1.2") },
            { QStringLiteral("adminAddress"), QStringLiteral("127.0.0.1:8300") },
            { QStringLiteral("interface"), QStringLiteral("lab0") },
            { QStringLiteral("rangeStart"), QStringLiteral("192.168.1.60") },
            { QStringLiteral("rangeEnd"), QStringLiteral("192.168.1.140") },
            { QStringLiteral("rangeNetmask"), QStringLiteral("255.255.0.0") },
            { QStringLiteral("rangeLease"), QStringLiteral("1h") },
            { QStringLiteral("dnsmasqUser"), QStringLiteral("nobody") },
        };
        // Fields the user reaches only after switching another one on.
        const QHash<QString, QString> shownBy {
            { QStringLiteral("siteNamesHost"), QStringLiteral("proxyDhcp") },
        };

        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        const int count = int(OpenEditor(tmp.path()).editor->fields().size());
        QVERIFY(count > 30);
        for (int i = 0; i < count; ++i) {
            QTemporaryDir envDir;
            makeEnvironment(envDir.path());
            OpenEditor open(envDir.path());
            const FieldBinding field = open.editor->fields().at(i);
            const QString name = field.editor->objectName();
            if (shownBy.contains(name))
                open.editor->findChild<QCheckBox *>(shownBy.value(name))->click();
            QVERIFY2(field.editor->isVisible() && field.editor->isEnabled(), qPrintable(name));
            QVERIFY2(open.document->save().isEmpty(), qPrintable(name));
            const QHash<QString, QString> before = yamlValues(envDir.path());
            const QVariant old = field.editorValue();

            if (auto *box = qobject_cast<QSpinBox *>(field.editor)) {
                box->setFocus();
                // Ten steps: one would make the two default ports 8290 and 8291 equal.
                QTest::keyClick(
                    box, box->value() + 10 <= box->maximum() ? Qt::Key_PageUp : Qt::Key_PageDown);
            } else if (auto *box = qobject_cast<QCheckBox *>(field.editor)) {
                box->click();
            } else if (auto *combo = qobject_cast<QComboBox *>(field.editor);
                       combo && !combo->isEditable()) {
                combo->setFocus();
                QTest::keyClick(combo, Qt::Key_Down);
                if (field.editorValue() == old)
                    QTest::keyClick(combo, Qt::Key_Up);
            } else {
                auto *edit = combo ? combo->lineEdit() : qobject_cast<QLineEdit *>(field.editor);
                QVERIFY2(texts.contains(name),
                    qPrintable(QStringLiteral("give %1 a new value to type").arg(name)));
                retype(edit, texts.value(name));
            }
            const QVariant value = field.editorValue();
            QVERIFY2(value != old, qPrintable(name));
            QCOMPARE(field.access.read(open.document->environment()), value);
            QVERIFY2(open.document->problems().isEmpty(),
                qPrintable(name + u' ' + toString(open.document->problems())));
            QVERIFY2(open.document->save().isEmpty(), qPrintable(name));

            QHash<QString, QString> after = yamlValues(envDir.path());
            const QString saved = after.take(field.keyPath);
            QHash<QString, QString> rest = before;
            rest.remove(field.keyPath);
            QVERIFY2(after == rest,
                qPrintable(name + QStringLiteral(" changed more than ") + field.keyPath));
            if (field.keyPath == QLatin1String("dnsmasq.dhcp_range"))
                QVERIFY2(
                    saved.split(u',').contains(yamlText(value)), qPrintable(name + u' ' + saved));
            else
                QCOMPARE(saved, yamlText(value));

            OpenEditor reopened(envDir.path());
            const FieldBinding shown = reopened.editor->fields().at(i);
            QCOMPARE(shown.editor->objectName(), name);
            QCOMPARE(shown.editorValue(), value);
        }
    }

    // An environment of the original format keeps its peer settings under
    // aria2:; the editor shows them in the client fields, and a changed one
    // moves to client: without a second spelling left behind.
    void formerPeerKeysShowInTheClientFieldsAndMoveWhenChanged()
    {
        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        QFile settings(tmp.path() + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("boottorrent:\n  version: 0\n  host_ip: 192.168.1.1\n"
                       "dnsmasq:\n  interface: eth0\n"
                       "  dhcp_range: \"192.168.1.50,192.168.1.150,255.255.255.0,12h\"\n"
                       "aria2:\n  bt_enable_lpd: true\n  enable_peer_exchange: false\n"
                       "  console_log_level: warn\n");
        settings.close();
        OpenEditor open(tmp.path());
        auto *pex = open.editor->findChild<QCheckBox *>(QStringLiteral("clientPeerExchange"));
        auto *lpd = open.editor->findChild<QCheckBox *>(QStringLiteral("clientLocalPeerDiscovery"));
        QVERIFY(pex && lpd);
        QVERIFY(!pex->isChecked());
        QVERIFY(lpd->isChecked());
        pex->click();
        QVERIFY(open.document->problems().isEmpty());
        QVERIFY(open.document->save().isEmpty());
        const QHash<QString, QString> values = yamlValues(tmp.path());
        QCOMPARE(values.value(QStringLiteral("client.peer_exchange")), QStringLiteral("true"));
        QVERIFY(!values.contains(QStringLiteral("aria2.enable_peer_exchange")));
        QCOMPARE(values.value(QStringLiteral("aria2.bt_enable_lpd")), QStringLiteral("true"));
        QCOMPARE(values.value(QStringLiteral("aria2.console_log_level")), QStringLiteral("warn"));
        OpenEditor reopened(tmp.path());
        QVERIFY(reopened.editor->findChild<QCheckBox *>(QStringLiteral("clientPeerExchange"))
                    ->isChecked());
    }

    void disagreeingSpellingsShowUnderTheClientField()
    {
        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        // The skeleton says local_peer_discovery: false; the former key says true.
        QFile settings(tmp.path() + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll().replace(
            "console_log_level: error", "console_log_level: error\n  bt_enable_lpd: true");
        settings.close();
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(text);
        settings.close();
        OpenEditor open(tmp.path());
        QLabel *problem = open.editor->problemLabel(QStringLiteral("client.local_peer_discovery"));
        QVERIFY(problem);
        QVERIFY2(problem->isVisible(), qPrintable(toString(open.document->problems())));
        QVERIFY2(problem->text().contains(QLatin1String("aria2.bt_enable_lpd")),
            qPrintable(problem->text()));
    }

    // The engine is no field (there is one engine); a client.engine the host does not know
    // still shows, in the banner, naming the key.
    void anUnknownEngineShowsInTheBanner()
    {
        QTemporaryDir tmp;
        makeEnvironment(tmp.path());
        QFile settings(tmp.path() + QStringLiteral("/Boottorrent.yaml"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        settings.close();
        QVERIFY(text.contains("  engine: libtorrent\n"));
        QVERIFY(settings.open(QIODevice::WriteOnly | QIODevice::Truncate));
        settings.write(QByteArray(text).replace("  engine: libtorrent\n", "  engine: rtorrent\n"));
        settings.close();
        OpenEditor open(tmp.path());
        auto *banner = open.editor->findChild<QLabel *>(QStringLiteral("problemBanner"));
        QVERIFY(banner);
        QVERIFY2(banner->isVisible() && banner->text().contains(QLatin1String("client.engine")),
            qPrintable(banner->text()));
    }
};

QTEST_MAIN(TestEnvironmentEditor)
#include "tst_environmenteditor.moc"
