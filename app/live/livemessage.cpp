#include "livemessage.h"

#include "localizedtext.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace khien::live {

namespace {

bool hasExactly(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    if (o.size() != qsizetype(keys.size()) + 1) // + "t"
        return false;
    for (const char *k : keys)
        if (!o.contains(QLatin1String(k)))
            return false;
    return true;
}

std::optional<QString> stringField(const QJsonObject &o, const char *key, int maxLength)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString())
        return std::nullopt;
    QString s = v.toString();
    if (s.size() > maxLength)
        return std::nullopt;
    return s;
}

std::optional<QString> langField(const QJsonObject &o)
{
    auto lang = stringField(o, "lang", 2);
    if (!lang || !supportedLanguages().contains(*lang))
        return std::nullopt;
    return lang;
}

} // namespace

std::optional<ClientMessage> readClientMessage(const QString &text)
{
    if (text.size() > maxMessageBytes || text.toUtf8().size() > maxMessageBytes)
        return std::nullopt;
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    const QJsonValue t = o.value(QLatin1String("t"));
    if (!t.isString())
        return std::nullopt;
    const QString type = t.toString();
    ClientMessage m;
    if (type == QLatin1String("join")) {
        if (!hasExactly(o, {"code", "name", "lang"}))
            return std::nullopt;
        const auto code = stringField(o, "code", 16);
        const auto name = stringField(o, "name", maxRawNameLength);
        const auto lang = langField(o);
        if (!code || !name || !lang)
            return std::nullopt;
        m.kind = ClientMessage::Kind::Join;
        m.code = *code;
        m.name = *name;
        m.lang = *lang;
        return m;
    }
    if (type == QLatin1String("resume")) {
        if (!hasExactly(o, {"token"}))
            return std::nullopt;
        const auto token = stringField(o, "token", 64);
        if (!token)
            return std::nullopt;
        m.kind = ClientMessage::Kind::Resume;
        m.token = *token;
        return m;
    }
    if (type == QLatin1String("answer")) {
        if (!hasExactly(o, {"q", "n", "a"}))
            return std::nullopt;
        const auto q = stringField(o, "q", 200);
        const QJsonValue n = o.value(QLatin1String("n"));
        const QJsonValue a = o.value(QLatin1String("a"));
        if (!q || !n.isDouble() || !a.isObject())
            return std::nullopt;
        const double index = n.toDouble();
        if (index < 0 || index > 100000 || std::floor(index) != index)
            return std::nullopt;
        m.kind = ClientMessage::Kind::Answer;
        m.questionId = *q;
        m.index = int(index);
        m.answer = a.toObject();
        return m;
    }
    if (type == QLatin1String("lang")) {
        if (!hasExactly(o, {"lang"}))
            return std::nullopt;
        const auto lang = langField(o);
        if (!lang)
            return std::nullopt;
        m.kind = ClientMessage::Kind::Lang;
        m.lang = *lang;
        return m;
    }
    if (type == QLatin1String("ping")) {
        if (!hasExactly(o, {}))
            return std::nullopt;
        m.kind = ClientMessage::Kind::Ping;
        return m;
    }
    return std::nullopt;
}

QString serverMessage(const QString &type, QJsonObject fields)
{
    fields.insert(QStringLiteral("t"), type);
    return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QString errorMessage(const QString &why)
{
    return serverMessage(QStringLiteral("error"), {{QStringLiteral("why"), why}});
}

} // namespace khien::live
