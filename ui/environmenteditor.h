#pragma once

#include "environment/environment.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bt {

class EnvironmentDocument;

// Form views over Boottorrent.yaml: general, network, tracker and aria2
// settings. Each field shows the core's validation problem for its key
// right under it, in red.
class EnvironmentEditor : public QWidget {
    Q_OBJECT
public:
    explicit EnvironmentEditor(EnvironmentDocument *document, QWidget *parent = nullptr);

    // The label under the field for keyPath ("dnsmasq.dhcp_range"); null if none.
    QLabel *problemLabel(const QString &keyPath) const;
    QLabel *dhcpModeLabel() const { return m_dhcpMode; }
    // Uses an interface: its name, its IPv4 address as host IP and a DHCP
    // range in its subnet, as one undoable edit.
    void useInterface(const QString &name);

private:
    enum Field {
        Timeout,
        SeedTime,
        WakePerSecond,
        HostIp,
        AdminAddress,
        StatusPort,
        WebSeedPort,
        Interface,
        DnsmasqUser,
        RangeStart,
        RangeEnd,
        RangeNetmask,
        RangeLease,
        TrackerPort,
        Aria2ListenPort,
        Aria2RpcPort,
        AlertFirst = 100, // + index in m_alertFields
    };

    void commit(const QString &description, int mergeKey, const std::function<void(Environment &)> &change);
    void commitRange(int field);
    QWidget *field(QFormLayout *form, const QString &label, QWidget *editor, const QString &keyPath,
        const QString &toolTip);
    QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &objectName);
    QLineEdit *lineEdit(const QString &placeholder, const QString &objectName);
    QCheckBox *checkBox(const QString &text, const QString &objectName);
    void fillInterfaces();
    QWidget *alertsGroup();
    void refresh();
    void showProblems();

    EnvironmentDocument *m_document;
    bool m_refreshing = false;
    QHash<QString, QLabel *> m_problemLabels;
    QLabel *m_banner;
    QLabel *m_dhcpMode; // what the DHCP mode means, and a proposal

    QSpinBox *m_timeout;
    QComboBox *m_defaultOs;
    QSpinBox *m_seedTime;
    QSpinBox *m_wakePerSecond;
    QLineEdit *m_hostIp;
    QLineEdit *m_adminAddress;
    QSpinBox *m_statusPort;
    QSpinBox *m_webSeedPort;

    QComboBox *m_interface;
    QLineEdit *m_rangeStart;
    QLineEdit *m_rangeEnd;
    QLineEdit *m_rangeNetmask;
    QLineEdit *m_rangeLease;
    QCheckBox *m_enableDhcp;
    QCheckBox *m_proxyDhcp;
    QCheckBox *m_siteNamesHost;
    QCheckBox *m_enableTftp;
    QCheckBox *m_bindInterfaces;
    QLineEdit *m_dnsmasqUser;

    QCheckBox *m_trackerEnable;
    QSpinBox *m_trackerPort;

    QCheckBox *m_aria2Lpd;
    QCheckBox *m_aria2Pex;
    QComboBox *m_aria2LogLevel;
    QSpinBox *m_aria2ListenPort;
    QSpinBox *m_aria2RpcPort;

    // The alerts: section, bound field by field to its spin box.
    QList<std::pair<QSpinBox *, int AlertSettings::*>> m_alertFields;
};

} // namespace bt
