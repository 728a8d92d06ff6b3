#include "liveclientview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace khien::live {

namespace {

constexpr int maxItems = 64;
constexpr int maxIdLength = 16;
constexpr int maxTokenLength = 100;

// A JSON number with an integer value in [lo, hi].
std::optional<int> intField(const QJsonObject &o, const char *key, int lo, int hi)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < lo || d > hi)
        return std::nullopt;
    return int(d);
}

std::optional<QString> strField(const QJsonObject &o, const char *key, bool optional = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() && optional)
        return QString();
    if (!v.isString())
        return std::nullopt;
    return v.toString();
}

bool validId(const QString &id)
{
    return !id.isEmpty() && id.size() <= maxIdLength;
}

// [{id, text[, role]}]: distinct ids; `textOptional` for truefalse, whose options have no text.
std::optional<QList<LiveItem>> itemList(const QJsonObject &o, const char *key, bool textOptional = false,
                                        bool withRole = false)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isArray() || v.toArray().size() > maxItems)
        return std::nullopt;
    QList<LiveItem> items;
    QSet<QString> seen;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isObject())
            return std::nullopt;
        const QJsonObject item = e.toObject();
        const auto id = strField(item, "id");
        const auto text = strField(item, "text", textOptional);
        const auto role = strField(item, "role", !withRole);
        if (!id || !validId(*id) || seen.contains(*id) || !text || !role)
            return std::nullopt;
        seen.insert(*id);
        items.append({*id, *text, *role});
    }
    return items;
}

std::optional<QStringList> idArray(const QJsonValue &v)
{
    if (!v.isArray() || v.toArray().size() > maxItems)
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString() || !validId(e.toString()))
            return std::nullopt;
        ids.append(e.toString());
    }
    return ids;
}

bool readQuestionView(const QJsonObject &q, LiveQuestion &out)
{
    static const QStringList types{QStringLiteral("single"),   QStringLiteral("multiple"),
                                   QStringLiteral("truefalse"), QStringLiteral("ordering"),
                                   QStringLiteral("matching"), QStringLiteral("redflags"),
                                   QStringLiteral("scenario"), QStringLiteral("shortanswer"),
                                   QStringLiteral("numeric"),  QStringLiteral("missingword")};
    const auto id = strField(q, "id");
    const auto type = strField(q, "type");
    const auto prompt = strField(q, "prompt");
    if (!id || id->isEmpty() || id->size() > 200 || !type || !types.contains(*type) || !prompt)
        return false;
    out.id = *id;
    out.type = *type;
    out.prompt = *prompt;
    std::optional<QList<LiveItem>> items = QList<LiveItem>();
    if (out.type == QLatin1String("single") || out.type == QLatin1String("multiple")) {
        items = itemList(q, "options");
    } else if (out.type == QLatin1String("truefalse")) {
        items = itemList(q, "options", true);
        if (items)
            for (const LiveItem &item : *items)
                if (item.id != QLatin1String("true") && item.id != QLatin1String("false"))
                    return false;
    } else if (out.type == QLatin1String("missingword")) {
        const auto after = strField(q, "promptAfter");
        if (!after)
            return false;
        out.promptAfter = *after;
        items = itemList(q, "options");
    } else if (out.type == QLatin1String("ordering")) {
        items = itemList(q, "items");
    } else if (out.type == QLatin1String("matching")) {
        items = itemList(q, "left");
        const auto right = itemList(q, "right");
        if (!right)
            return false;
        out.rightItems = *right;
    } else if (out.type == QLatin1String("redflags")) {
        const auto mock = strField(q, "mock");
        if (!mock || mock->size() > 16)
            return false;
        out.mock = *mock;
        items = itemList(q, "parts", false, true);
    } else if (out.type == QLatin1String("scenario")) {
        const QJsonObject step = q.value(QLatin1String("step")).toObject();
        const auto text = strField(step, "text");
        const auto choices = itemList(step, "choices");
        const auto consequence = strField(q, "consequence");
        const auto stepNo = intField(q, "stepNo", 0, 1000);
        if (!q.value(QLatin1String("step")).isObject() || !text || !choices || !consequence || !stepNo)
            return false;
        out.stepText = *text;
        out.choices = *choices;
        out.consequence = *consequence;
        out.stepNo = *stepNo;
    }
    if (!items)
        return false;
    out.items = *items;
    return true;
}

std::optional<LiveRight> readRight(const QJsonValue &v)
{
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    LiveRight r;
    if (o.contains(QLatin1String("ids"))) {
        const auto ids = idArray(o.value(QLatin1String("ids")));
        if (!ids)
            return std::nullopt;
        r.ids = *ids;
    }
    if (o.contains(QLatin1String("order"))) {
        const auto order = idArray(o.value(QLatin1String("order")));
        if (!order)
            return std::nullopt;
        r.order = *order;
    }
    if (o.contains(QLatin1String("pairs"))) {
        const QJsonValue pairs = o.value(QLatin1String("pairs"));
        if (!pairs.isObject() || pairs.toObject().size() > maxItems)
            return std::nullopt;
        const QJsonObject p = pairs.toObject();
        for (auto it = p.begin(); it != p.end(); ++it) {
            if (!validId(it.key()) || !it.value().isString() || !validId(it.value().toString()))
                return std::nullopt;
            r.pairs.insert(it.key(), it.value().toString());
        }
    }
    if (o.contains(QLatin1String("text"))) {
        const auto text = strField(o, "text");
        if (!text)
            return std::nullopt;
        r.text = *text;
    }
    if (o.contains(QLatin1String("outcome"))) {
        const auto outcome = strField(o, "outcome");
        static const QStringList outcomes{QStringLiteral("good"), QStringLiteral("mixed"), QStringLiteral("bad")};
        if (!outcome || !outcomes.contains(*outcome))
            return std::nullopt;
        r.outcome = *outcome;
    }
    return r;
}

bool readFeedback(const QJsonObject &o, LiveServerMessage &m, bool reveal)
{
    const auto n = intField(o, "n", 0, 100000);
    const auto explanation = strField(o, "explanation");
    const auto right = readRight(o.value(QLatin1String("right")));
    if (!n || !explanation || !right)
        return false;
    if (!reveal) {
        const QJsonValue correct = o.value(QLatin1String("correct"));
        if (!correct.isBool())
            return false;
        m.correct = correct.toBool();
    }
    m.n = *n;
    m.explanation = *explanation;
    m.right = *right;
    return true;
}

std::optional<double> scoreField(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < 0 || v.toDouble() > 1e6)
        return std::nullopt;
    return v.toDouble();
}

std::nullopt_t fail(QString *why, const QString &reason)
{
    if (why)
        *why = reason;
    return std::nullopt;
}

} // namespace

LiveError liveErrorFromWire(const QString &why)
{
    static const QHash<QString, LiveError> reasons{
        {QStringLiteral("code"), LiveError::WrongCode},   {QStringLiteral("full"), LiveError::Full},
        {QStringLiteral("name"), LiveError::NameTaken},   {QStringLiteral("rate"), LiveError::Rate},
        {QStringLiteral("closed"), LiveError::Closed},    {QStringLiteral("not-open"), LiveError::NotOpen},
        {QStringLiteral("answered"), LiveError::Answered}, {QStringLiteral("token"), LiveError::Token},
        {QStringLiteral("storage"), LiveError::Storage},   {QStringLiteral("schema"), LiveError::Schema}};
    return reasons.value(why, LiveError::Schema);
}

std::optional<LiveServerMessage> readServerMessage(const QByteArray &frame, QString *why)
{
    if (frame.size() > maxLiveFrameBytes)
        return fail(why, QStringLiteral("frame of %1 bytes").arg(frame.size()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(frame, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(why, QStringLiteral("not a JSON object"));
    const QJsonObject o = doc.object();
    const auto t = strField(o, "t");
    if (!t)
        return fail(why, QStringLiteral("no type"));
    LiveServerMessage m;
    bool ok = true;
    if (*t == QLatin1String("joined")) {
        m.kind = LiveServerMessage::Kind::Joined;
        const auto token = strField(o, "token");
        const auto name = strField(o, "name");
        const auto lang = strField(o, "lang");
        const auto mode = strField(o, "mode");
        ok = token && !token->isEmpty() && token->size() <= maxTokenLength && name && name->size() <= 200 && lang
             && mode && (*mode == QLatin1String("paced") || *mode == QLatin1String("self"));
        if (ok) {
            m.token = *token;
            m.name = *name;
            m.lang = *lang;
            m.paced = *mode == QLatin1String("paced");
        }
    } else if (*t == QLatin1String("question")) {
        m.kind = LiveServerMessage::Kind::Question;
        const auto total = intField(o, "total", 1, 10000);
        const auto n = intField(o, "n", 0, 10000);
        ok = total && n && *n < *total && o.value(QLatin1String("q")).isObject()
             && readQuestionView(o.value(QLatin1String("q")).toObject(), m.question);
        if (ok) {
            m.question.n = *n;
            m.question.total = *total;
            m.n = *n;
        }
    } else if (*t == QLatin1String("wait")) {
        m.kind = LiveServerMessage::Kind::Wait;
    } else if (*t == QLatin1String("pong")) {
        m.kind = LiveServerMessage::Kind::Pong;
    } else if (*t == QLatin1String("ack")) {
        m.kind = LiveServerMessage::Kind::Ack;
        const auto n = intField(o, "n", 0, 100000);
        ok = n.has_value();
        m.n = n.value_or(0);
    } else if (*t == QLatin1String("feedback") || *t == QLatin1String("reveal")) {
        const bool reveal = *t == QLatin1String("reveal");
        m.kind = reveal ? LiveServerMessage::Kind::Reveal : LiveServerMessage::Kind::Feedback;
        ok = readFeedback(o, m, reveal);
    } else if (*t == QLatin1String("end")) {
        m.kind = LiveServerMessage::Kind::End;
        const auto score = scoreField(o, "score");
        const auto max = scoreField(o, "max");
        ok = score && max && *score <= *max;
        m.score = score.value_or(0);
        m.max = max.value_or(0);
    } else if (*t == QLatin1String("error")) {
        m.kind = LiveServerMessage::Kind::Error;
        const auto reason = strField(o, "why");
        ok = reason.has_value();
        m.error = liveErrorFromWire(reason.value_or(QString()));
    } else {
        return fail(why, QStringLiteral("unknown type \"%1\"").arg(t->left(20)));
    }
    if (!ok)
        return fail(why, QStringLiteral("\"%1\" does not follow the schema").arg(*t));
    return m;
}

} // namespace khien::live
