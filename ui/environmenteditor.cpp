#include "environmenteditor.h"

#include "environmentdocument.h"
#include "networkproposal.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkInterface>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace bt {

namespace {

    struct RangeParts {
        QString start, end, netmask, lease;
    };

    // Splits dhcp_range by position, so even an invalid value shows in the
    // fields as typed and the inline message says what is wrong with it.
    RangeParts splitRange(const QString &text)
    {
        RangeParts parts;
        const QStringList tokens = text.split(u',');
        if (text.isEmpty())
            return parts;
        parts.start = tokens.value(0).trimmed();
        parts.end = tokens.value(1).trimmed();
        if (tokens.size() >= 4) {
            parts.netmask = tokens.value(2).trimmed();
            parts.lease = tokens.value(3).trimmed();
        } else if (tokens.size() == 3) {
            const QString third = tokens.value(2).trimmed();
            (third.contains(u'.') ? parts.netmask : parts.lease) = third;
        }
        return parts;
    }

    QString joinRange(const RangeParts &parts)
    {
        if (parts.start.isEmpty() && parts.end.isEmpty() && parts.netmask.isEmpty() && parts.lease.isEmpty())
            return {};
        QString text = parts.start + u',' + parts.end;
        if (!parts.netmask.isEmpty())
            text += u',' + parts.netmask;
        if (!parts.lease.isEmpty())
            text += u',' + parts.lease;
        return text;
    }

    void setText(QLineEdit *edit, const QString &text)
    {
        // Rewriting an equal text would move the cursor while the user types.
        if (edit->text() != text)
            edit->setText(text);
    }

    void setValue(QSpinBox *box, int value)
    {
        if (box->value() != value)
            box->setValue(value);
    }

} // namespace

EnvironmentEditor::EnvironmentEditor(EnvironmentDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);

    m_banner = new QLabel;
    m_banner->setObjectName(QStringLiteral("problemBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setStyleSheet(QStringLiteral(
        "QLabel { background: #fdecea; color: #b3261e; border: 1px solid #f5c2bf; border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    grid->addWidget(m_banner, 0, 0, 1, 2);

    // General
    auto *general = new QGroupBox(tr("General"));
    auto *generalForm = new QFormLayout(general);
    m_timeout = spinBox(0, 3600, tr(" s"), QStringLiteral("timeout"));
    field(generalForm, tr("Menu &timeout:"), m_timeout, QStringLiteral("boottorrent.timeout"),
        tr("Seconds the client menu waits before it boots the default OS"));
    m_defaultOs = new QComboBox;
    m_defaultOs->setObjectName(QStringLiteral("defaultOs"));
    field(generalForm, tr("&Default OS:"), m_defaultOs, QStringLiteral("boottorrent.default_os"),
        tr("The OS a client boots when nobody chooses in time"));
    m_seedTime = spinBox(0, 86400, tr(" s"), QStringLiteral("seedTime"));
    field(generalForm, tr("S&eed time:"), m_seedTime, QStringLiteral("boottorrent.seed_time"),
        tr("Seconds a client keeps sharing its OS with the others after its own download"));
    m_hostIp = lineEdit(tr("e.g. 192.168.1.1"), QStringLiteral("hostIp"));
    field(generalForm, tr("&Host IP:"), m_hostIp, QStringLiteral("boottorrent.host_ip"),
        tr("This computer's IPv4 address on the lab network"));
    m_statusPort = spinBox(1, 65535, QString(), QStringLiteral("statusPort"));
    field(generalForm, tr("Stat&us port:"), m_statusPort, QStringLiteral("boottorrent.status_port"),
        tr("TCP port where clients report their progress to this computer"));
    m_webSeedPort = spinBox(0, 65535, QString(), QStringLiteral("webSeedPort"));
    m_webSeedPort->setSpecialValueText(tr("off"));
    field(generalForm, tr("&Web seed port:"), m_webSeedPort, QStringLiteral("boottorrent.web_seed_port"),
        tr("TCP port where this computer also serves the OS files over HTTP, so every client starts "
           "loading at once; 0 turns it off"));
    m_adminAddress = lineEdit(tr("this computer only"), QStringLiteral("adminAddress"));
    field(generalForm, tr("Ad&min address:"), m_adminAddress,
        QStringLiteral("boottorrent.admin_address"),
        tr("Where the app reaches the running server (ADDRESS or ADDRESS:PORT, with its token): "
           "leave it "
           "empty for this computer only, or give a management address to watch from another desk; "
           "never the lab address"));
    m_wakePerSecond = spinBox(1, 100, tr(" per second"), QStringLiteral("wakePerSecond"));
    field(generalForm, tr("Po&wer-on pace:"), m_wakePerSecond,
        QStringLiteral("boottorrent.wake_per_second"),
        tr("Machines that Power On wakes per second, so a room does not draw power all at once"));
    grid->addWidget(general, 1, 0);

    // Network
    auto *network = new QGroupBox(tr("Network (dnsmasq)"));
    auto *networkForm = new QFormLayout(network);
    m_interface = new QComboBox;
    m_interface->setObjectName(QStringLiteral("interface"));
    m_interface->setEditable(true);
    m_interface->setInsertPolicy(QComboBox::NoInsert);
    fillInterfaces();
    field(networkForm, tr("&Interface:"), m_interface, QStringLiteral("dnsmasq.interface"),
        tr("The network card facing the lab. Picking one proposes a host IP and a DHCP range in its subnet."));
    m_enableDhcp = checkBox(tr("Hand out addresses (&DHCP)"), QStringLiteral("enableDhcp"));
    field(networkForm, QString(), m_enableDhcp, QStringLiteral("dnsmasq.enable_dhcp"),
        tr("Answer DHCP requests of the lab's computers"));
    m_proxyDhcp = checkBox(tr("&Proxy DHCP (another server hands out addresses)"), QStringLiteral("proxyDhcp"));
    field(networkForm, QString(), m_proxyDhcp, QStringLiteral("dnsmasq.proxy_dhcp"),
        tr("Only add boot information beside the lab's existing DHCP server"));
    m_siteNamesHost = checkBox(tr("The network's DHCP server names this host as &next-server"),
        QStringLiteral("siteNamesHost"));
    field(networkForm, QString(), m_siteNamesHost, QStringLiteral("dnsmasq.site_names_host"),
        tr("UEFI clients then boot shim and the signed GRUB, so machines with Secure Boot on boot "
           "too; without it they get syslinux.efi"));
    m_dhcpMode = new QLabel;
    m_dhcpMode->setObjectName(QStringLiteral("dhcpMode"));
    m_dhcpMode->setWordWrap(true);
    m_dhcpMode->setTextFormat(Qt::RichText);
    m_dhcpMode->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    networkForm->addRow(QString(), m_dhcpMode);
    connect(m_dhcpMode, &QLabel::linkActivated, this, [this] {
        const NetworkProposal proposal
            = NetworkProposal::forInterface(m_document->environment().dnsmasq().interface);
        commit(tr("Switch to proxy DHCP"), -1,
            [proposal](Environment &env) { switchToProxyDhcp(env, proposal); });
    });
    m_rangeStart = lineEdit(tr("first address"), QStringLiteral("rangeStart"));
    m_rangeEnd = lineEdit(tr("last address"), QStringLiteral("rangeEnd"));
    auto *range = new QWidget;
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_rangeStart);
    rangeLayout->addWidget(new QLabel(tr("to")));
    rangeLayout->addWidget(m_rangeEnd);
    QWidget *rangeField = field(networkForm, tr("DHCP &range:"), range, QStringLiteral("dnsmasq.dhcp_range"),
        tr("The addresses dnsmasq hands to the lab's computers"));
    if (auto *label = qobject_cast<QLabel *>(networkForm->labelForField(rangeField)))
        label->setBuddy(m_rangeStart);
    m_rangeNetmask = lineEdit(tr("optional, e.g. 255.255.255.0"), QStringLiteral("rangeNetmask"));
    field(networkForm, tr("&Netmask:"), m_rangeNetmask, QString(), tr("Netmask of the DHCP range (optional)"));
    m_rangeLease = lineEdit(tr("e.g. 12h, 30m, infinite"), QStringLiteral("rangeLease"));
    field(networkForm, tr("&Lease time:"), m_rangeLease, QString(), tr("How long a client keeps its address"));
    m_enableTftp = checkBox(tr("Serve boot files (&TFTP)"), QStringLiteral("enableTftp"));
    field(networkForm, QString(), m_enableTftp, QStringLiteral("dnsmasq.enable_tftp"),
        tr("Serve the Phase-1 system to booting clients over TFTP"));
    m_bindInterfaces = checkBox(tr("&Bind to this interface only"), QStringLiteral("bindInterfaces"));
    field(networkForm, QString(), m_bindInterfaces, QStringLiteral("dnsmasq.bind_interfaces"),
        tr("dnsmasq listens on the chosen interface only"));
    m_dnsmasqUser = lineEdit(tr("optional, e.g. nobody"), QStringLiteral("dnsmasqUser"));
    field(networkForm, tr("Run as &user:"), m_dnsmasqUser, QStringLiteral("dnsmasq.user"),
        tr("The user dnsmasq switches to after start (optional)"));
    grid->addWidget(network, 1, 1, 3, 1);

    // Tracker
    auto *tracker = new QGroupBox(tr("Tracker (opentracker)"));
    auto *trackerForm = new QFormLayout(tracker);
    m_trackerEnable = checkBox(tr("Run a trac&ker"), QStringLiteral("trackerEnable"));
    field(trackerForm, QString(), m_trackerEnable, QStringLiteral("opentracker.enable"),
        tr("opentracker introduces the clients to each other"));
    m_trackerPort = spinBox(1, 65535, QString(), QStringLiteral("trackerPort"));
    field(trackerForm, tr("Tracker p&ort:"), m_trackerPort, QStringLiteral("opentracker.port"),
        tr("TCP and UDP port of the tracker"));
    grid->addWidget(tracker, 2, 0);

    // aria2
    auto *aria2 = new QGroupBox(tr("Peer-to-peer (aria2)"));
    auto *aria2Form = new QFormLayout(aria2);
    m_aria2Pex = checkBox(tr("Peer e&xchange"), QStringLiteral("aria2Pex"));
    field(aria2Form, QString(), m_aria2Pex, QStringLiteral("aria2.enable_peer_exchange"),
        tr("Clients tell each other about further peers"));
    m_aria2Lpd = checkBox(tr("Local peer &discovery"), QStringLiteral("aria2Lpd"));
    field(aria2Form, QString(), m_aria2Lpd, QStringLiteral("aria2.bt_enable_lpd"),
        tr("Clients find each other by multicast on the local network"));
    m_aria2LogLevel = new QComboBox;
    m_aria2LogLevel->setObjectName(QStringLiteral("aria2LogLevel"));
    for (const char *level : { "debug", "info", "notice", "warn", "error" })
        m_aria2LogLevel->addItem(QString::fromLatin1(level), QString::fromLatin1(level));
    field(aria2Form, tr("Lo&g level:"), m_aria2LogLevel, QStringLiteral("aria2.console_log_level"),
        tr("How much aria2 writes to the log"));
    m_aria2ListenPort = spinBox(1, 65535, QString(), QStringLiteral("aria2ListenPort"));
    field(aria2Form, tr("BitTorrent p&ort:"), m_aria2ListenPort, QStringLiteral("aria2.listen_port"),
        tr("Port the host's seeder listens on for peers"));
    m_aria2RpcPort = spinBox(1, 65535, QString(), QStringLiteral("aria2RpcPort"));
    field(aria2Form, tr("&RPC port:"), m_aria2RpcPort, QStringLiteral("aria2.rpc_port"),
        tr("Port of aria2's JSON-RPC interface on 127.0.0.1"));
    grid->addWidget(aria2, 3, 0);
    grid->addWidget(alertsGroup(), 4, 0);

    grid->setRowStretch(5, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    QList<QWidget *> order { m_timeout, m_defaultOs, m_seedTime, m_hostIp, m_statusPort,
        m_webSeedPort, m_adminAddress, m_wakePerSecond, m_trackerEnable, m_trackerPort, m_aria2Pex, m_aria2Lpd,
        m_aria2LogLevel, m_aria2ListenPort, m_aria2RpcPort, m_interface, m_enableDhcp, m_proxyDhcp,
        m_siteNamesHost, m_rangeStart, m_rangeEnd, m_rangeNetmask, m_rangeLease, m_enableTftp,
        m_bindInterfaces, m_dnsmasqUser };
    for (const auto &[box, member] : std::as_const(m_alertFields))
        order << box;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Model ← widgets
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change menu timeout"), Timeout, [value](Environment &env) {
            auto boot = env.boot();
            boot.timeout = value;
            env.setBoot(boot);
        });
    });
    connect(m_defaultOs, &QComboBox::activated, this, [this] {
        const QString name = m_defaultOs->currentData().toString();
        commit(tr("Change default OS"), -1, [name](Environment &env) {
            auto boot = env.boot();
            boot.defaultOs = name;
            env.setBoot(boot);
        });
    });
    connect(m_seedTime, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change seed time"), SeedTime, [value](Environment &env) {
            auto boot = env.boot();
            boot.seedTime = value;
            env.setBoot(boot);
        });
    });
    connect(m_wakePerSecond, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change power-on pace"), WakePerSecond, [value](Environment &env) {
            auto boot = env.boot();
            boot.wakePerSecond = value;
            env.setBoot(boot);
        });
    });
    connect(m_hostIp, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change host IP"), HostIp, [text](Environment &env) {
            auto boot = env.boot();
            boot.hostIp = text.trimmed();
            env.setBoot(boot);
        });
    });
    connect(m_adminAddress, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change admin address"), AdminAddress, [text](Environment &env) {
            auto boot = env.boot();
            boot.adminAddress = text.trimmed();
            env.setBoot(boot);
        });
    });
    connect(m_statusPort, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change status port"), StatusPort, [value](Environment &env) {
            auto boot = env.boot();
            boot.statusPort = value;
            env.setBoot(boot);
        });
    });
    connect(m_webSeedPort, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change web seed port"), WebSeedPort, [value](Environment &env) {
            auto boot = env.boot();
            boot.webSeedPort = value;
            env.setBoot(boot);
        });
    });
    connect(m_interface, &QComboBox::activated, this, [this](int index) {
        useInterface(m_interface->itemData(index).toString());
    });
    connect(m_interface->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change interface"), Interface, [text](Environment &env) {
            auto dnsmasq = env.dnsmasq();
            dnsmasq.interface = text.trimmed();
            env.setDnsmasq(dnsmasq);
        });
    });
    auto dnsmasqFlag = [this](QCheckBox *box, const QString &description, bool DnsmasqSettings::*member) {
        connect(box, &QCheckBox::toggled, this, [this, description, member](bool on) {
            commit(description, -1, [on, member](Environment &env) {
                auto dnsmasq = env.dnsmasq();
                dnsmasq.*member = on;
                env.setDnsmasq(dnsmasq);
            });
        });
    };
    dnsmasqFlag(m_enableDhcp, tr("Switch DHCP"), &DnsmasqSettings::enableDhcp);
    connect(m_proxyDhcp, &QCheckBox::toggled, this, [this](bool on) {
        commit(tr("Switch proxy DHCP"), -1, [on](Environment &env) {
            auto dnsmasq = env.dnsmasq();
            dnsmasq.proxyDhcp = on;
            dnsmasq.siteNamesHost = dnsmasq.siteNamesHost && on; // means nothing without it
            env.setDnsmasq(dnsmasq);
        });
    });
    dnsmasqFlag(m_siteNamesHost, tr("Switch next-server from the network"),
        &DnsmasqSettings::siteNamesHost);
    dnsmasqFlag(m_enableTftp, tr("Switch TFTP"), &DnsmasqSettings::enableTftp);
    dnsmasqFlag(m_bindInterfaces, tr("Switch interface binding"), &DnsmasqSettings::bindInterfaces);
    connect(m_dnsmasqUser, &QLineEdit::textEdited, this, [this](const QString &text) {
        commit(tr("Change dnsmasq user"), DnsmasqUser, [text](Environment &env) {
            auto dnsmasq = env.dnsmasq();
            dnsmasq.user = text.trimmed();
            env.setDnsmasq(dnsmasq);
        });
    });
    connect(m_rangeStart, &QLineEdit::textEdited, this, [this] { commitRange(RangeStart); });
    connect(m_rangeEnd, &QLineEdit::textEdited, this, [this] { commitRange(RangeEnd); });
    connect(m_rangeNetmask, &QLineEdit::textEdited, this, [this] { commitRange(RangeNetmask); });
    connect(m_rangeLease, &QLineEdit::textEdited, this, [this] { commitRange(RangeLease); });

    connect(m_trackerEnable, &QCheckBox::toggled, this, [this](bool on) {
        commit(on ? tr("Enable tracker") : tr("Disable tracker"), -1, [on](Environment &env) {
            auto tracker = env.opentracker();
            tracker.enable = on;
            env.setOpentracker(tracker);
        });
    });
    connect(m_trackerPort, &QSpinBox::valueChanged, this, [this](int value) {
        commit(tr("Change tracker port"), TrackerPort, [value](Environment &env) {
            auto tracker = env.opentracker();
            tracker.port = value;
            env.setOpentracker(tracker);
        });
    });
    auto aria2Flag = [this](QCheckBox *box, const QString &description, bool Aria2Settings::*member) {
        connect(box, &QCheckBox::toggled, this, [this, description, member](bool on) {
            commit(description, -1, [on, member](Environment &env) {
                auto aria2 = env.aria2();
                aria2.*member = on;
                env.setAria2(aria2);
            });
        });
    };
    aria2Flag(m_aria2Pex, tr("Switch peer exchange"), &Aria2Settings::enablePeerExchange);
    aria2Flag(m_aria2Lpd, tr("Switch local peer discovery"), &Aria2Settings::btEnableLpd);
    connect(m_aria2LogLevel, &QComboBox::activated, this, [this] {
        const QString level = m_aria2LogLevel->currentData().toString();
        commit(tr("Change aria2 log level"), -1, [level](Environment &env) {
            auto aria2 = env.aria2();
            aria2.consoleLogLevel = level;
            env.setAria2(aria2);
        });
    });
    auto aria2Port = [this](QSpinBox *box, const QString &description, int key, int Aria2Settings::*member) {
        connect(box, &QSpinBox::valueChanged, this, [this, description, key, member](int value) {
            commit(description, key, [value, member](Environment &env) {
                auto aria2 = env.aria2();
                aria2.*member = value;
                env.setAria2(aria2);
            });
        });
    };
    aria2Port(m_aria2ListenPort, tr("Change BitTorrent port"), Aria2ListenPort, &Aria2Settings::listenPort);
    aria2Port(m_aria2RpcPort, tr("Change RPC port"), Aria2RpcPort, &Aria2Settings::rpcPort);

    // Widgets ← model
    connect(m_document, &EnvironmentDocument::changed, this, &EnvironmentEditor::refresh);
    refresh();
}

QWidget *EnvironmentEditor::alertsGroup()
{
    struct AlertField
    {
        int AlertSettings::*member;
        const char *key;
        QString label;
        QString toolTip;
    };
    const AlertField fields[] = {
        { &AlertSettings::leaseToBootFile, "lease_to_boot_file", tr("No boot &file after lease:"),
            tr("Red when a machine got an address but never asked for the boot file: network boot "
               "is probably not first in its firmware") },
        { &AlertSettings::bootFileToPhase1, "boot_file_to_phase1", tr("Phase &1 not up after:"),
            tr("Red when a machine loads Phase 1 over TFTP but Phase 1 never reports up") },
        { &AlertSettings::noProgress, "no_progress", tr("No progress, &amber after:"),
            tr("Amber when a download gets no new byte for this long") },
        { &AlertSettings::noProgressRed, "no_progress_red", tr("No progress, r&ed after:"),
            tr("Red when a download gets no new byte for this long") },
        { &AlertSettings::slowPercent, "slow_percent", tr("S&low below:"),
            tr("Amber when a machine downloads at less than this share of the room's median "
               "rate") },
        { &AlertSettings::booting, "booting", tr("OS not &booted after:"),
            tr("Amber when a machine handed over to its OS, which never reported booted") },
    };
    auto *group = new QGroupBox(tr("Alerts"));
    auto *form = new QFormLayout(group);
    for (const AlertField &f : fields) {
        const bool percent = f.member == &AlertSettings::slowPercent;
        const QString key = QString::fromLatin1(f.key);
        QSpinBox *box = spinBox(0, percent ? 100 : 86400,
            percent ? tr(" % of the median") : tr(" s"), QStringLiteral("alerts.") + key);
        box->setSpecialValueText(tr("off"));
        field(form, f.label, box, QStringLiteral("alerts.") + key, f.toolTip);
        const int mergeKey = AlertFirst + int(m_alertFields.size());
        m_alertFields.append({ box, f.member });
        connect(box, &QSpinBox::valueChanged, this, [this, mergeKey, member = f.member](int value) {
            commit(tr("Change alert threshold"), mergeKey, [value, member](Environment &env) {
                AlertSettings alerts = env.alerts();
                alerts.*member = value;
                env.setAlerts(alerts);
            });
        });
    }
    return group;
}

QLabel *EnvironmentEditor::problemLabel(const QString &keyPath) const
{
    return m_problemLabels.value(keyPath);
}

QWidget *EnvironmentEditor::field(
    QFormLayout *form, const QString &label, QWidget *editor, const QString &keyPath, const QString &toolTip)
{
    editor->setToolTip(toolTip);
    auto *box = new QWidget;
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    if (!keyPath.isEmpty()) {
        auto *problem = new QLabel;
        problem->setObjectName(QStringLiteral("problem:") + keyPath);
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText);
        problem->setStyleSheet(QStringLiteral("QLabel { color: #c62828; }"));
        problem->hide();
        layout->addWidget(problem);
        m_problemLabels.insert(keyPath, problem);
    }
    if (label.isEmpty()) {
        form->addRow(box);
    } else {
        auto *text = new QLabel(label);
        text->setBuddy(editor);
        form->addRow(text, box);
    }
    return box;
}

QSpinBox *EnvironmentEditor::spinBox(int min, int max, const QString &suffix, const QString &objectName)
{
    auto *box = new QSpinBox;
    box->setRange(min, max);
    box->setSuffix(suffix);
    box->setObjectName(objectName);
    box->setKeyboardTracking(false);
    return box;
}

QLineEdit *EnvironmentEditor::lineEdit(const QString &placeholder, const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setPlaceholderText(placeholder);
    edit->setObjectName(objectName);
    edit->setClearButtonEnabled(false);
    return edit;
}

QCheckBox *EnvironmentEditor::checkBox(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    return box;
}

void EnvironmentEditor::fillInterfaces()
{
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &interface : interfaces) {
        if (interface.type() == QNetworkInterface::Loopback)
            continue;
        QStringList addresses;
        const QList<QNetworkAddressEntry> entries = interface.addressEntries();
        for (const QNetworkAddressEntry &entry : entries) {
            if (entry.ip().protocol() == QAbstractSocket::IPv4Protocol)
                addresses << entry.ip().toString() + u'/' + QString::number(entry.prefixLength());
        }
        const QString text = addresses.isEmpty()
            ? tr("%1 (no IPv4 address)").arg(interface.name())
            : interface.name() + QStringLiteral(" — ") + addresses.join(QStringLiteral(", "));
        m_interface->addItem(text, interface.name());
    }
}

void EnvironmentEditor::useInterface(const QString &name)
{
    const QNetworkInterface interface = QNetworkInterface::interfaceFromName(name);
    NetworkProposal proposal;
    const QList<QNetworkAddressEntry> entries = interface.addressEntries();
    for (const QNetworkAddressEntry &entry : entries) {
        proposal = NetworkProposal::forInterfaceAddress(entry.ip(), entry.prefixLength());
        if (!proposal.hostIp.isEmpty())
            break;
    }
    commit(tr("Use interface %1").arg(name), -1, [name, proposal](Environment &env) {
        auto dnsmasq = env.dnsmasq();
        dnsmasq.interface = name;
        if (!proposal.hostIp.isEmpty()) {
            RangeParts parts = splitRange(dnsmasq.dhcpRange);
            parts.start = proposal.rangeStart;
            parts.end = proposal.rangeEnd;
            parts.netmask = proposal.netmask;
            if (parts.lease.isEmpty())
                parts.lease = QStringLiteral("12h");
            dnsmasq.dhcpRange = joinRange(parts);
            auto boot = env.boot();
            boot.hostIp = proposal.hostIp;
            env.setBoot(boot);
        }
        env.setDnsmasq(dnsmasq);
    });
}

void EnvironmentEditor::commit(
    const QString &description, int mergeKey, const std::function<void(Environment &)> &change)
{
    if (m_refreshing)
        return;
    Environment edited = m_document->environment();
    change(edited);
    m_document->edit(edited, description, mergeKey);
}

void EnvironmentEditor::commitRange(int field)
{
    const RangeParts parts { m_rangeStart->text().trimmed(), m_rangeEnd->text().trimmed(),
        m_rangeNetmask->text().trimmed(), m_rangeLease->text().trimmed() };
    commit(tr("Change DHCP range"), field, [parts](Environment &env) {
        auto dnsmasq = env.dnsmasq();
        dnsmasq.dhcpRange = joinRange(parts);
        env.setDnsmasq(dnsmasq);
    });
}

void EnvironmentEditor::refresh()
{
    m_refreshing = true;
    const Environment &env = m_document->environment();
    const BootSettings &boot = env.boot();
    setValue(m_timeout, boot.timeout);
    setValue(m_seedTime, boot.seedTime);
    setText(m_hostIp, boot.hostIp);
    setValue(m_statusPort, boot.statusPort);
    setValue(m_webSeedPort, boot.webSeedPort);
    setText(m_adminAddress, boot.adminAddress);
    setValue(m_wakePerSecond, boot.wakePerSecond);

    m_defaultOs->clear();
    m_defaultOs->addItem(tr("(none: clients wait for a choice)"), QString());
    for (const OsConfig &os : env.oss())
        m_defaultOs->addItem(os.dispname.isEmpty() ? os.name : QStringLiteral("%1 (%2)").arg(os.dispname, os.name),
            os.name);
    int index = m_defaultOs->findData(boot.defaultOs);
    if (index < 0) {
        // A default that names no OS stays visible, so its problem makes sense.
        m_defaultOs->addItem(boot.defaultOs, boot.defaultOs);
        index = m_defaultOs->count() - 1;
    }
    m_defaultOs->setCurrentIndex(index);

    const DnsmasqSettings &dnsmasq = env.dnsmasq();
    if (m_interface->currentText() != dnsmasq.interface && m_interface->lineEdit()->text() != dnsmasq.interface) {
        const int found = m_interface->findData(dnsmasq.interface);
        if (found >= 0)
            m_interface->setCurrentIndex(found);
        m_interface->setEditText(dnsmasq.interface);
    }
    const RangeParts parts = splitRange(dnsmasq.dhcpRange);
    setText(m_rangeStart, parts.start);
    setText(m_rangeEnd, parts.end);
    setText(m_rangeNetmask, parts.netmask);
    setText(m_rangeLease, parts.lease);
    m_enableDhcp->setChecked(dnsmasq.enableDhcp);
    m_proxyDhcp->setChecked(dnsmasq.proxyDhcp);
    m_proxyDhcp->setEnabled(dnsmasq.enableDhcp);
    m_siteNamesHost->setChecked(dnsmasq.siteNamesHost);
    m_siteNamesHost->setVisible(dnsmasq.proxyDhcp || dnsmasq.siteNamesHost);
    QString mode;
    if (dnsmasq.enableDhcp && dnsmasq.proxyDhcp)
        mode
            = tr("Proxy DHCP: the network's own DHCP server hands out the addresses; this computer "
                 "adds only what the clients need to boot.");
    else if (dnsmasq.enableDhcp) {
        mode = tr("Full DHCP: this computer hands out the addresses. Only on a network of its own: "
                  "a second DHCP server breaks a network that has one.");
        // An address with a lifetime came from a DHCP server: the network has one.
        if (NetworkProposal::forInterface(dnsmasq.interface).leased)
            mode += QStringLiteral("<br><b>%1</b> <a href=\"proxy\">%2</a>")
                        .arg(tr("%1 got its address from a DHCP server, so this network has one.")
                                 .arg(dnsmasq.interface.toHtmlEscaped()),
                            tr("Use proxy DHCP"));
    }
    m_dhcpMode->setText(mode);
    m_dhcpMode->setVisible(!mode.isEmpty());
    m_enableTftp->setChecked(dnsmasq.enableTftp);
    m_bindInterfaces->setChecked(dnsmasq.bindInterfaces);
    setText(m_dnsmasqUser, dnsmasq.user);

    m_trackerEnable->setChecked(env.opentracker().enable);
    setValue(m_trackerPort, env.opentracker().port);
    m_trackerPort->setEnabled(env.opentracker().enable);

    const Aria2Settings &aria2 = env.aria2();
    m_aria2Pex->setChecked(aria2.enablePeerExchange);
    m_aria2Lpd->setChecked(aria2.btEnableLpd);
    index = m_aria2LogLevel->findData(aria2.consoleLogLevel);
    if (index < 0) {
        m_aria2LogLevel->addItem(aria2.consoleLogLevel, aria2.consoleLogLevel);
        index = m_aria2LogLevel->count() - 1;
    }
    m_aria2LogLevel->setCurrentIndex(index);
    setValue(m_aria2ListenPort, aria2.listenPort);
    setValue(m_aria2RpcPort, aria2.rpcPort);
    for (const auto &[box, member] : std::as_const(m_alertFields))
        setValue(box, env.alerts().*member);
    m_refreshing = false;

    showProblems();
}

void EnvironmentEditor::showProblems()
{
    QHash<QString, QStringList> byField;
    QStringList unplaced;
    int osProblems = 0;
    for (const Problem &problem : m_document->problems()) {
        if (problem.file.startsWith(QLatin1String("oss/"))) {
            ++osProblems;
            continue;
        }
        bool placed = false;
        for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
            const QString &key = it.key();
            if (problem.keyPath == key || problem.keyPath.startsWith(key + u'.')
                || problem.keyPath.startsWith(key + u'[')) {
                byField[key] << problem.message;
                placed = true;
                break;
            }
        }
        if (!placed)
            unplaced << problem.toString();
    }
    for (auto it = m_problemLabels.cbegin(); it != m_problemLabels.cend(); ++it) {
        const QStringList messages = byField.value(it.key());
        it.value()->setText(messages.join(u'\n'));
        it.value()->setVisible(!messages.isEmpty());
    }
    if (osProblems > 0)
        unplaced << tr("%n problem(s) in the OS entries: see the Operating systems page.", nullptr, osProblems);
    m_banner->setText(unplaced.join(u'\n'));
    m_banner->setVisible(!unplaced.isEmpty());
}

} // namespace bt
