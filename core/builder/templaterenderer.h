#pragma once

#include "environment/result.h"

#include <QByteArray>
#include <QString>
#include <QVariantHash>

namespace bt {

// Renders the configuration files BootTorrent writes (dnsmasq.conf,
// aria2.conf, pxelinux.cfg) from Mustache templates, so an administrator
// can read exactly what runs. Nothing is HTML-escaped: the output is a
// configuration file, not a web page.
class TemplateRenderer
{
public:
    // Renders resources/templates/<name>.mustache (compiled in as
    // :/templates/<name>.mustache).
    // context values: QString, bool, int (any number), QStringList,
    // QVariantList and QVariantHash/QVariantMap for nested sections. An empty
    // or null string counts as false, so {{#user}}...{{/user}} is skipped
    // when no user is given.
    static Result<QByteArray> render(const QString &name, const QVariantHash &context);
    // For tests and custom templates: renders the given template text.
    static Result<QByteArray> renderText(
        const QByteArray &templateText, const QVariantHash &context);
};

} // namespace bt
