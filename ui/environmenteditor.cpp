#include "environmenteditor.h"

#include "environmentdocument.h"
#include "fieldbinding.h"
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

struct RangeParts
{
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
    if (parts.start.isEmpty() && parts.end.isEmpty() && parts.netmask.isEmpty()
        && parts.lease.isEmpty())
        return {};
    QString text = parts.start + u',' + parts.end;
    if (!parts.netmask.isEmpty())
        text += u',' + parts.netmask;
    if (!parts.lease.isEmpty())
        text += u',' + parts.lease;
    return text;
}

// One part of dhcp_range; editing it keeps the other parts.
FieldAccess rangePart(QString RangeParts::*part)
{
    return FieldAccess(
        [part](
            const Environment &env) { return QVariant(splitRange(env.dnsmasq().dhcpRange).*part); },
        [part](Environment &env, const QVariant &value) {
            RangeParts parts = splitRange(env.dnsmasq().dhcpRange);
            parts.*part = value.toString();
            setSetting(env, &DnsmasqSettings::dhcpRange, joinRange(parts));
        });
}

constexpr FieldBinding::Undo Merge = FieldBinding::MergeEditsInARow;

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
    m_banner->setStyleSheet(
        QStringLiteral("QLabel { background: #fdecea; color: #b3261e; border: 1px solid #f5c2bf; "
                       "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    grid->addWidget(m_banner, 0, 0, 1, 2);

    QGroupBox *general = generalGroup();
    grid->addWidget(general, 1, 0);
    QGroupBox *network = networkGroup();
    grid->addWidget(network, 1, 1, 3, 1);
    QGroupBox *tracker = trackerGroup();
    grid->addWidget(tracker, 2, 0);
    QGroupBox *client = clientGroup();
    grid->addWidget(client, 3, 0);
    QGroupBox *aria2 = aria2Group();
    grid->addWidget(aria2, 4, 1);
    QGroupBox *alerts = alertsGroup();
    grid->addWidget(alerts, 4, 0);

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

    // Tab goes down the left column to the clients' group, then through the
    // network and aria2 groups, then the alerts.
    const QList<const QWidget *> groups { general, tracker, client, network, aria2, alerts };
    QList<QWidget *> order;
    for (const QWidget *group : groups) {
        for (const FieldBinding &binding : std::as_const(m_fields)) {
            if (group->isAncestorOf(binding.editor))
                order << binding.editor;
        }
    }
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Widgets ← model
    connect(m_document, &EnvironmentDocument::changed, this, &EnvironmentEditor::refresh);
    refresh();
}

QGroupBox *EnvironmentEditor::generalGroup()
{
    auto *group = new QGroupBox(tr("General"));
    auto *form = new QFormLayout(group);
    bind(form, tr("Menu &timeout:"),
        { spinBox(0, 3600, tr(" s"), QStringLiteral("timeout")),
            QStringLiteral("boottorrent.timeout"), &BootSettings::timeout,
            tr("Change menu timeout"), Merge },
        tr("Seconds the client menu waits before it boots the default OS"));
    m_defaultOs = new QComboBox;
    m_defaultOs->setObjectName(QStringLiteral("defaultOs"));
    bind(form, tr("&Default OS:"),
        { m_defaultOs, QStringLiteral("boottorrent.default_os"), &BootSettings::defaultOs,
            tr("Change default OS") },
        tr("The OS a client boots when nobody chooses in time"));
    bind(form, tr("S&eed time:"),
        { spinBox(0, 86400, tr(" s"), QStringLiteral("seedTime")),
            QStringLiteral("boottorrent.seed_time"), &BootSettings::seedTime,
            tr("Change seed time"), Merge },
        tr("Seconds a client keeps sharing its OS with the others after its own download"));
    bind(form, tr("&Host IP:"),
        { lineEdit(tr("e.g. 192.168.1.1"), QStringLiteral("hostIp")),
            QStringLiteral("boottorrent.host_ip"), &BootSettings::hostIp, tr("Change host IP"),
            Merge },
        tr("This computer's IPv4 address on the lab network"));
    bind(form, tr("Stat&us port:"),
        { spinBox(1, 65535, QString(), QStringLiteral("statusPort")),
            QStringLiteral("boottorrent.status_port"), &BootSettings::statusPort,
            tr("Change status port"), Merge },
        tr("TCP port where clients report their progress to this computer"));
    QSpinBox *webSeedPort = spinBox(0, 65535, QString(), QStringLiteral("webSeedPort"));
    webSeedPort->setSpecialValueText(tr("off"));
    bind(form, tr("&Web seed port:"),
        { webSeedPort, QStringLiteral("boottorrent.web_seed_port"), &BootSettings::webSeedPort,
            tr("Change web seed port"), Merge },
        tr("TCP port where this computer also serves the OS files over HTTP, so every client "
           "starts loading at once; 0 turns it off"));
    bind(form, tr("Ad&min address:"),
        { lineEdit(tr("this computer only"), QStringLiteral("adminAddress")),
            QStringLiteral("boottorrent.admin_address"), &BootSettings::adminAddress,
            tr("Change admin address"), Merge },
        tr("Where the app reaches the running server (ADDRESS or ADDRESS:PORT, with its token): "
           "leave it "
           "empty for this computer only, or give a management address to watch from another desk; "
           "never the lab address"));
    bind(form, tr("Po&wer-on pace:"),
        { spinBox(1, 100, tr(" per second"), QStringLiteral("wakePerSecond")),
            QStringLiteral("boottorrent.wake_per_second"), &BootSettings::wakePerSecond,
            tr("Change power-on pace"), Merge },
        tr("Machines that Power On wakes per second, so a room does not draw power all at once"));
    return group;
}

QGroupBox *EnvironmentEditor::networkGroup()
{
    auto *group = new QGroupBox(tr("Network (dnsmasq)"));
    auto *form = new QFormLayout(group);
    m_interface = new QComboBox;
    m_interface->setObjectName(QStringLiteral("interface"));
    m_interface->setEditable(true);
    m_interface->setInsertPolicy(QComboBox::NoInsert);
    fillInterfaces();
    bind(form, tr("&Interface:"),
        { m_interface, QStringLiteral("dnsmasq.interface"), &DnsmasqSettings::interface,
            tr("Change interface"), Merge },
        tr("The network card facing the lab. Picking one proposes a host IP and a DHCP range in "
           "its subnet."));
    connect(m_interface, &QComboBox::activated, this,
        [this](int index) { useInterface(m_interface->itemData(index).toString()); });
    bind(form, QString(),
        { checkBox(tr("Hand out addresses (&DHCP)"), QStringLiteral("enableDhcp")),
            QStringLiteral("dnsmasq.enable_dhcp"), &DnsmasqSettings::enableDhcp,
            tr("Switch DHCP") },
        tr("Answer DHCP requests of the lab's computers"));
    m_proxyDhcp = checkBox(
        tr("&Proxy DHCP (another server hands out addresses)"), QStringLiteral("proxyDhcp"));
    const FieldAccess proxyDhcp(
        [](const Environment &env) { return QVariant(env.dnsmasq().proxyDhcp); },
        [](Environment &env, const QVariant &value) {
            DnsmasqSettings dnsmasq = env.dnsmasq();
            dnsmasq.proxyDhcp = value.toBool();
            dnsmasq.siteNamesHost
                = dnsmasq.siteNamesHost && dnsmasq.proxyDhcp; // means nothing without it
            env.setDnsmasq(dnsmasq);
        });
    bind(form, QString(),
        { m_proxyDhcp, QStringLiteral("dnsmasq.proxy_dhcp"), proxyDhcp, tr("Switch proxy DHCP") },
        tr("Only add boot information beside the lab's existing DHCP server"));
    m_siteNamesHost = checkBox(tr("The network's DHCP server names this host as &next-server"),
        QStringLiteral("siteNamesHost"));
    bind(form, QString(),
        { m_siteNamesHost, QStringLiteral("dnsmasq.site_names_host"),
            &DnsmasqSettings::siteNamesHost, tr("Switch next-server from the network") },
        tr("UEFI clients then boot shim and the signed GRUB, so machines with Secure Boot on boot "
           "too; without it they get syslinux.efi"));
    m_dhcpMode = new QLabel;
    m_dhcpMode->setObjectName(QStringLiteral("dhcpMode"));
    m_dhcpMode->setWordWrap(true);
    m_dhcpMode->setTextFormat(Qt::RichText);
    m_dhcpMode->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    form->addRow(QString(), m_dhcpMode);
    connect(m_dhcpMode, &QLabel::linkActivated, this, [this] {
        const NetworkProposal proposal
            = NetworkProposal::forInterface(m_document->environment().dnsmasq().interface);
        commit(tr("Switch to proxy DHCP"), -1,
            [proposal](Environment &env) { switchToProxyDhcp(env, proposal); });
    });
    // The four parts of dnsmasq.dhcp_range, in three rows; problems show under the first.
    const QString rangeKey = QStringLiteral("dnsmasq.dhcp_range");
    const QString changeRange = tr("Change DHCP range");
    QLineEdit *rangeStart = lineEdit(tr("first address"), QStringLiteral("rangeStart"));
    QLineEdit *rangeEnd = lineEdit(tr("last address"), QStringLiteral("rangeEnd"));
    auto *range = new QWidget;
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(rangeStart);
    rangeLayout->addWidget(new QLabel(tr("to")));
    rangeLayout->addWidget(rangeEnd);
    QWidget *rangeField = field(form, tr("DHCP &range:"), range, rangeKey,
        tr("The addresses dnsmasq hands to the lab's computers"));
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(rangeField)))
        label->setBuddy(rangeStart);
    addBinding({ rangeStart, rangeKey, rangePart(&RangeParts::start), changeRange, Merge });
    addBinding({ rangeEnd, rangeKey, rangePart(&RangeParts::end), changeRange, Merge });
    QLineEdit *rangeNetmask
        = lineEdit(tr("optional, e.g. 255.255.255.0"), QStringLiteral("rangeNetmask"));
    field(
        form, tr("&Netmask:"), rangeNetmask, QString(), tr("Netmask of the DHCP range (optional)"));
    addBinding({ rangeNetmask, rangeKey, rangePart(&RangeParts::netmask), changeRange, Merge });
    QLineEdit *rangeLease = lineEdit(tr("e.g. 12h, 30m, infinite"), QStringLiteral("rangeLease"));
    field(
        form, tr("&Lease time:"), rangeLease, QString(), tr("How long a client keeps its address"));
    addBinding({ rangeLease, rangeKey, rangePart(&RangeParts::lease), changeRange, Merge });
    bind(form, QString(),
        { checkBox(tr("Serve boot files (&TFTP)"), QStringLiteral("enableTftp")),
            QStringLiteral("dnsmasq.enable_tftp"), &DnsmasqSettings::enableTftp,
            tr("Switch TFTP") },
        tr("Serve the Phase-1 system to booting clients over TFTP"));
    bind(form, QString(),
        { checkBox(tr("&Bind to this interface only"), QStringLiteral("bindInterfaces")),
            QStringLiteral("dnsmasq.bind_interfaces"), &DnsmasqSettings::bindInterfaces,
            tr("Switch interface binding") },
        tr("dnsmasq listens on the chosen interface only"));
    bind(form, tr("Run as &user:"),
        { lineEdit(tr("optional, e.g. nobody"), QStringLiteral("dnsmasqUser")),
            QStringLiteral("dnsmasq.user"), &DnsmasqSettings::user, tr("Change dnsmasq user"),
            Merge },
        tr("The user dnsmasq switches to after start (optional)"));
    return group;
}

QGroupBox *EnvironmentEditor::trackerGroup()
{
    auto *group = new QGroupBox(tr("Tracker (opentracker)"));
    auto *form = new QFormLayout(group);
    bind(form, QString(),
        { checkBox(tr("Run a trac&ker"), QStringLiteral("trackerEnable")),
            QStringLiteral("opentracker.enable"), &OpentrackerSettings::enable,
            tr("Enable tracker"), FieldBinding::OneStepPerEdit, tr("Disable tracker") },
        tr("opentracker introduces the clients to each other"));
    m_trackerPort = spinBox(1, 65535, QString(), QStringLiteral("trackerPort"));
    bind(form, tr("Tracker p&ort:"),
        { m_trackerPort, QStringLiteral("opentracker.port"), &OpentrackerSettings::port,
            tr("Change tracker port"), Merge },
        tr("TCP and UDP port of the tracker"));
    return group;
}

QGroupBox *EnvironmentEditor::clientGroup()
{
    auto *group = new QGroupBox(tr("Peer-to-peer (clients)"));
    auto *form = new QFormLayout(group);
    // One engine, so nothing to choose: client.engine stays in the file, and a value
    // other than libtorrent shows in the banner.
    auto *engine = new QLabel(
        tr("libtorrent (btfetch): BootTorrent's own engine, tuned for a lab network. aria2, the "
           "engine of earlier versions, is no longer shipped."));
    engine->setObjectName(QStringLiteral("clientEngine"));
    engine->setWordWrap(true);
    engine->setToolTip(tr("The BitTorrent program the clients download their OS with"));
    form->addRow(tr("Client engine:"), engine);
    bind(form, QString(),
        { checkBox(tr("Peer e&xchange"), QStringLiteral("clientPeerExchange")),
            QStringLiteral("client.peer_exchange"), &ClientSettings::peerExchange,
            tr("Switch peer exchange") },
        tr("Clients tell each other about further peers"));
    bind(form, QString(),
        { checkBox(tr("Local peer &discovery"), QStringLiteral("clientLocalPeerDiscovery")),
            QStringLiteral("client.local_peer_discovery"), &ClientSettings::localPeerDiscovery,
            tr("Switch local peer discovery") },
        tr("Clients find each other by multicast on the local network"));
    return group;
}

QGroupBox *EnvironmentEditor::aria2Group()
{
    auto *group = new QGroupBox(tr("Seeder (aria2)"));
    auto *form = new QFormLayout(group);
    auto *logLevel = new QComboBox;
    logLevel->setObjectName(QStringLiteral("aria2LogLevel"));
    for (const char *level : { "debug", "info", "notice", "warn", "error" })
        logLevel->addItem(QString::fromLatin1(level), QString::fromLatin1(level));
    bind(form, tr("Lo&g level:"),
        { logLevel, QStringLiteral("aria2.console_log_level"), &Aria2Settings::consoleLogLevel,
            tr("Change aria2 log level") },
        tr("How much the seeder (aria2c) on this computer writes to its log"));
    bind(form, tr("BitTorrent p&ort:"),
        { spinBox(1, 65535, QString(), QStringLiteral("aria2ListenPort")),
            QStringLiteral("aria2.listen_port"), &Aria2Settings::listenPort,
            tr("Change BitTorrent port"), Merge },
        tr("Port the host's seeder listens on for peers"));
    bind(form, tr("&RPC port:"),
        { spinBox(1, 65535, QString(), QStringLiteral("aria2RpcPort")),
            QStringLiteral("aria2.rpc_port"), &Aria2Settings::rpcPort, tr("Change RPC port"),
            Merge },
        tr("Port of aria2's JSON-RPC interface on 127.0.0.1"));
    return group;
}

QGroupBox *EnvironmentEditor::alertsGroup()
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
        bind(form, f.label,
            { box, QStringLiteral("alerts.") + key, f.member, tr("Change alert threshold"),
                FieldBinding::MergeEditsInARow },
            f.toolTip);
    }
    return group;
}

QLabel *EnvironmentEditor::problemLabel(const QString &keyPath) const
{
    return m_problemLabels.value(keyPath);
}

QWidget *EnvironmentEditor::field(QFormLayout *form, const QString &label, QWidget *editor,
    const QString &keyPath, const QString &toolTip)
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

void EnvironmentEditor::bind(
    QFormLayout *form, const QString &label, FieldBinding binding, const QString &toolTip)
{
    field(form, label, binding.editor, binding.keyPath, toolTip);
    addBinding(std::move(binding));
}

void EnvironmentEditor::addBinding(FieldBinding binding)
{
    const int index = int(m_fields.size());
    binding.onEdited(this, [this, index] { commitField(index); });
    m_fields.append(std::move(binding));
}

QSpinBox *EnvironmentEditor::spinBox(
    int min, int max, const QString &suffix, const QString &objectName)
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
            setSetting(env, &BootSettings::hostIp, proposal.hostIp);
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

void EnvironmentEditor::commitField(int index)
{
    const FieldBinding &binding = m_fields.at(index);
    const QVariant value = binding.editorValue();
    const int mergeKey = binding.undo == FieldBinding::MergeEditsInARow ? index : -1;
    commit(binding.undoTextFor(value), mergeKey,
        [access = binding.access, value](Environment &env) { access.write(env, value); });
}

void EnvironmentEditor::refresh()
{
    m_refreshing = true;
    const Environment &env = m_document->environment();
    m_defaultOs->clear();
    m_defaultOs->addItem(tr("(none: clients wait for a choice)"), QString());
    for (const OsConfig &os : env.oss())
        m_defaultOs->addItem(
            os.dispname.isEmpty() ? os.name : QStringLiteral("%1 (%2)").arg(os.dispname, os.name),
            os.name);
    for (const FieldBinding &binding : std::as_const(m_fields))
        binding.showValue(binding.access.read(env));

    const DnsmasqSettings &dnsmasq = env.dnsmasq();
    m_proxyDhcp->setEnabled(dnsmasq.enableDhcp);
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
    m_trackerPort->setEnabled(env.opentracker().enable);
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
        unplaced << tr("%n problem(s) in the OS entries: see the Operating systems page.", nullptr,
            osProblems);
    m_banner->setText(unplaced.join(u'\n'));
    m_banner->setVisible(!unplaced.isEmpty());
}

} // namespace bt
