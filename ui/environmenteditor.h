#pragma once

#include "environment/environment.h"
#include "fieldbinding.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace bt {

class EnvironmentDocument;

// Form views over Boottorrent.yaml: general, network, tracker, client and
// aria2 settings. Each field shows the core's validation problem for its key
// right under it, in red.
class EnvironmentEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EnvironmentEditor(EnvironmentDocument *document, QWidget *parent = nullptr);

    // The label under the field for keyPath ("dnsmasq.dhcp_range"); null if none.
    QLabel *problemLabel(const QString &keyPath) const;
    QLabel *dhcpModeLabel() const { return m_dhcpMode; }
    // Every field, in the order of the form.
    const QList<FieldBinding> &fields() const { return m_fields; }
    // Uses an interface: its name, its IPv4 address as host IP and a DHCP
    // range in its subnet, as one undoable edit.
    void useInterface(const QString &name);

private:
    void commit(
        const QString &description, int mergeKey, const std::function<void(Environment &)> &change);
    void commitField(int index);
    // Lays out a field and binds it.
    void bind(
        QFormLayout *form, const QString &label, FieldBinding binding, const QString &toolTip);
    void addBinding(FieldBinding binding); // for a field laid out by field()
    QWidget *field(QFormLayout *form, const QString &label, QWidget *editor, const QString &keyPath,
        const QString &toolTip);
    QSpinBox *spinBox(int min, int max, const QString &suffix, const QString &objectName);
    QLineEdit *lineEdit(const QString &placeholder, const QString &objectName);
    QCheckBox *checkBox(const QString &text, const QString &objectName);
    void fillInterfaces();
    // Each group lays out and binds its fields with bind(form, label, { widget,
    // key, value, undo step }, tool tip): a field is one entry.
    QGroupBox *generalGroup();
    QGroupBox *networkGroup();
    QGroupBox *trackerGroup();
    QGroupBox *clientGroup();
    QGroupBox *aria2Group();
    QGroupBox *alertsGroup();
    void refresh();
    void showProblems();

    EnvironmentDocument *m_document;
    bool m_refreshing = false;
    QHash<QString, QLabel *> m_problemLabels;
    QLabel *m_banner;
    QLabel *m_dhcpMode; // what the DHCP mode means, and a proposal

    // Fields whose state depends on other values, or whose items change.
    QComboBox *m_defaultOs;
    QComboBox *m_interface;
    QCheckBox *m_proxyDhcp;
    QCheckBox *m_siteNamesHost;
    QSpinBox *m_trackerPort;

    QList<FieldBinding> m_fields;
};

} // namespace bt
