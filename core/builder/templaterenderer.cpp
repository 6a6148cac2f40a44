#include "templaterenderer.h"

#include <QFile>

#include <kainjow/mustache.hpp>

#include <exception>
#include <string>

namespace bt {

namespace {

namespace mustache = kainjow::mustache;

Problem templateProblem(const QString &file, const QString &message)
{
    return Problem { file, {}, message };
}

// Turns one context value into Mustache data; returns false for types a
// template cannot show, so a caller's mistake is reported, not dropped.
bool toData(const QVariant &value, const QString &keyPath, mustache::data *out, Problems *problems);

bool hashToData(
    const QVariantHash &hash, const QString &keyPath, mustache::data *out, Problems *problems)
{
    mustache::data object { mustache::data::type::object };
    bool ok = true;
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        mustache::data child;
        const QString childPath
            = keyPath.isEmpty() ? it.key() : keyPath + QLatin1Char('.') + it.key();
        if (toData(it.value(), childPath, &child, problems))
            object.set(it.key().toStdString(), child);
        else
            ok = false;
    }
    *out = std::move(object);
    return ok;
}

bool toData(const QVariant &value, const QString &keyPath, mustache::data *out, Problems *problems)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        *out = mustache::data(value.toBool());
        return true;
    case QMetaType::QString:
    case QMetaType::QByteArray: {
        const QString text = value.toString();
        // kainjow shows a section for any string, even an empty one.
        *out = text.isEmpty() ? mustache::data(false) : mustache::data(text.toStdString());
        return true;
    }
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
        *out = mustache::data(value.toString().toStdString());
        return true;
    case QMetaType::QStringList:
    case QMetaType::QVariantList: {
        mustache::data list { mustache::data::type::list };
        const QVariantList items = value.toList();
        bool ok = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            mustache::data item;
            if (toData(items.at(i), QStringLiteral("%1[%2]").arg(keyPath).arg(i), &item, problems))
                list.push_back(item);
            else
                ok = false;
        }
        *out = std::move(list);
        return ok;
    }
    case QMetaType::QVariantHash:
        return hashToData(value.toHash(), keyPath, out, problems);
    case QMetaType::QVariantMap: {
        const QVariantMap map = value.toMap();
        QVariantHash hash;
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            hash.insert(it.key(), it.value());
        return hashToData(hash, keyPath, out, problems);
    }
    case QMetaType::UnknownType:
        *out = mustache::data(false);
        return true;
    default:
        problems->append(Problem { {}, keyPath,
            QStringLiteral("A template value of type %1 cannot be rendered.")
                .arg(QString::fromLatin1(value.metaType().name())) });
        return false;
    }
}

Result<QByteArray> renderNamed(
    const QString &file, const QByteArray &templateText, const QVariantHash &context)
{
    Problems problems;
    mustache::data data;
    if (!hashToData(context, {}, &data, &problems)) {
        for (Problem &p : problems)
            p.file = file;
        return problems;
    }
    try {
        mustache::mustache tmpl { templateText.toStdString() };
        tmpl.set_custom_escape([](const std::string &text) { return text; });
        if (!tmpl.is_valid())
            return templateProblem(file, QString::fromStdString(tmpl.error_message()));
        const std::string output = tmpl.render(data);
        if (!tmpl.is_valid())
            return templateProblem(file, QString::fromStdString(tmpl.error_message()));
        return QByteArray::fromStdString(output);
    } catch (const std::exception &e) {
        return templateProblem(file, QString::fromLocal8Bit(e.what()));
    }
}

} // namespace

Result<QByteArray> TemplateRenderer::render(const QString &name, const QVariantHash &context)
{
    const QString path = QStringLiteral(":/templates/%1.mustache").arg(name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return templateProblem(
            path, QStringLiteral("There is no template named \"%1\".").arg(name));
    return renderNamed(path, file.readAll(), context);
}

Result<QByteArray> TemplateRenderer::renderText(
    const QByteArray &templateText, const QVariantHash &context)
{
    return renderNamed(QStringLiteral("template"), templateText, context);
}

} // namespace bt
