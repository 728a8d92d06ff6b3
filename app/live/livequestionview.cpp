#include "livequestionview.h"

#include "answerfeedback.h"
#include "typedanswer.h"

#include <QJsonArray>
#include <QSet>

namespace khien::live {

namespace {

QString viewId(QChar prefix, int index)
{
    return prefix + QString::number(index);
}

bool keepsContentIds(const Question &q)
{
    return q.type == QuestionType::TrueFalse;
}

// The opaque id of content option `optionId` (shown order), empty when none.
QString idOf(const QuestionLayout &l, const QString &optionId)
{
    if (keepsContentIds(*l.question))
        return optionId;
    const int i = int(l.shown.indexOf(optionId));
    return i < 0 ? QString() : viewId(QLatin1Char('o'), i);
}

// The content option id behind view id `id`, empty when none.
QString optionFor(const QuestionLayout &l, const QString &id)
{
    if (keepsContentIds(*l.question))
        return l.shown.contains(id) ? id : QString();
    if (id.size() < 2 || id.size() > 4 || id.at(0) != QLatin1Char('o'))
        return {};
    bool ok = false;
    const int i = id.mid(1).toInt(&ok);
    return ok && i >= 0 && i < l.shown.size() && id == viewId(QLatin1Char('o'), i) ? l.shown.at(i) : QString();
}

QString rightFor(const QuestionLayout &l, const QString &id)
{
    if (id.size() < 2 || id.size() > 4 || id.at(0) != QLatin1Char('r'))
        return {};
    bool ok = false;
    const int i = id.mid(1).toInt(&ok);
    return ok && i >= 0 && i < l.rightShown.size() && id == viewId(QLatin1Char('r'), i) ? l.rightShown.at(i) : QString();
}

// Distinct content ids from a JSON array of view ids; nullopt when any is not one.
std::optional<QStringList> optionList(const QuestionLayout &l, const QJsonValue &v)
{
    if (!v.isArray())
        return std::nullopt;
    const QJsonArray arr = v.toArray();
    if (arr.size() > l.shown.size())
        return std::nullopt;
    QStringList ids;
    for (const QJsonValue &e : arr) {
        if (!e.isString())
            return std::nullopt;
        const QString id = optionFor(l, e.toString());
        if (id.isEmpty() || ids.contains(id))
            return std::nullopt;
        ids.append(id);
    }
    return ids;
}

bool onlyKey(const QJsonObject &a, const char *key)
{
    return a.size() == 1 && a.contains(QLatin1String(key));
}

QJsonArray textItems(const QuestionLayout &l, const QString &lang, bool withRole = false)
{
    QJsonArray items;
    for (const QString &id : l.shown) {
        const Option *o = l.question->option(id);
        QJsonObject item{{QStringLiteral("id"), idOf(l, id)}};
        if (!keepsContentIds(*l.question))
            item.insert(QStringLiteral("text"), o->text.in(lang));
        if (withRole)
            item.insert(QStringLiteral("role"), o->role);
        items.append(item);
    }
    return items;
}

QJsonArray viewIds(const QuestionLayout &l, const QStringList &contentIds)
{
    QJsonArray ids;
    for (const QString &id : contentIds)
        ids.append(idOf(l, id));
    return ids;
}

} // namespace

QuestionLayout questionLayout(const Question &question, const QStringList &optionOrder)
{
    QuestionLayout l;
    l.question = &question;
    if (question.type == QuestionType::Matching) {
        for (const Option &o : question.options)
            l.shown.append(o.id);
        l.rightShown = optionOrder;
    } else if (question.type != QuestionType::Scenario && question.type != QuestionType::ShortAnswer
               && question.type != QuestionType::Numeric) {
        l.shown = optionOrder;
    }
    return l;
}

QJsonObject questionView(const QuestionLayout &l, const QString &lang, const ScenarioPosition *at,
                         const QString &consequence, int stepNo)
{
    const Question &q = *l.question;
    QJsonObject v{{QStringLiteral("id"), q.id},
                  {QStringLiteral("type"), questionTypeName(q.type)},
                  {QStringLiteral("prompt"), q.prompt.in(lang)}};
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
        v.insert(QStringLiteral("options"), textItems(l, lang));
        break;
    case QuestionType::MissingWord:
        v.insert(QStringLiteral("promptAfter"), q.promptAfter.in(lang));
        v.insert(QStringLiteral("options"), textItems(l, lang));
        break;
    case QuestionType::Ordering:
        v.insert(QStringLiteral("items"), textItems(l, lang));
        break;
    case QuestionType::Matching: {
        v.insert(QStringLiteral("left"), textItems(l, lang));
        QJsonArray right;
        for (int i = 0; i < l.rightShown.size(); ++i)
            right.append(QJsonObject{{QStringLiteral("id"), viewId(QLatin1Char('r'), i)},
                                     {QStringLiteral("text"), q.option(l.rightShown.at(i))->match.in(lang)}});
        v.insert(QStringLiteral("right"), right);
        break;
    }
    case QuestionType::RedFlags:
        v.insert(QStringLiteral("mock"), q.mockKind);
        v.insert(QStringLiteral("parts"), textItems(l, lang, true));
        break;
    case QuestionType::Scenario: {
        QJsonArray choices;
        QString stepText;
        if (at && at->step) {
            stepText = at->step->text.in(lang);
            if (!at->step->ending)
                for (int i = 0; i < at->step->choices.size(); ++i)
                    choices.append(QJsonObject{{QStringLiteral("id"), viewId(QLatin1Char('c'), i)},
                                               {QStringLiteral("text"), at->step->choices.at(i).text.in(lang)}});
        }
        v.insert(QStringLiteral("step"), QJsonObject{{QStringLiteral("text"), stepText},
                                                     {QStringLiteral("choices"), choices}});
        v.insert(QStringLiteral("consequence"), consequence);
        v.insert(QStringLiteral("stepNo"), stepNo);
        break;
    }
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        break;
    }
    return v;
}

std::optional<QStringList> chosenFromAnswer(const QuestionLayout &l, const QJsonObject &a)
{
    const Question &q = *l.question;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
    case QuestionType::MissingWord: {
        if (!onlyKey(a, "ids"))
            return std::nullopt;
        auto ids = optionList(l, a.value(QLatin1String("ids")));
        if (!ids || ids->size() != 1)
            return std::nullopt;
        return ids;
    }
    case QuestionType::Multiple:
    case QuestionType::RedFlags:
        if (!onlyKey(a, "ids"))
            return std::nullopt;
        return optionList(l, a.value(QLatin1String("ids")));
    case QuestionType::Ordering: {
        if (!onlyKey(a, "order"))
            return std::nullopt;
        auto ids = optionList(l, a.value(QLatin1String("order")));
        if (!ids || ids->size() != l.shown.size())
            return std::nullopt;
        return ids;
    }
    case QuestionType::Matching: {
        if (!onlyKey(a, "pairs") || !a.value(QLatin1String("pairs")).isObject())
            return std::nullopt;
        const QJsonObject pairs = a.value(QLatin1String("pairs")).toObject();
        if (pairs.size() != l.shown.size())
            return std::nullopt;
        QStringList chosen;
        for (int i = 0; i < l.shown.size(); ++i) {
            const QJsonValue r = pairs.value(viewId(QLatin1Char('o'), i));
            const QString right = r.isString() ? rightFor(l, r.toString()) : QString();
            if (right.isEmpty())
                return std::nullopt;
            chosen.append(right);
        }
        return chosen;
    }
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric: {
        if (!onlyKey(a, "text") || !a.value(QLatin1String("text")).isString())
            return std::nullopt;
        const QString typed = a.value(QLatin1String("text")).toString();
        if (typed.trimmed().isEmpty() || typed.size() > maxTypedAnswerLength)
            return std::nullopt;
        return QStringList{typed};
    }
    case QuestionType::Scenario:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> scenarioChoice(const ScenarioStep &step, const QJsonObject &a)
{
    if (!onlyKey(a, "choice") || !a.value(QLatin1String("choice")).isString())
        return std::nullopt;
    const QString id = a.value(QLatin1String("choice")).toString();
    for (int i = 0; i < step.choices.size(); ++i)
        if (id == viewId(QLatin1Char('c'), i))
            return step.choices.at(i).id;
    return std::nullopt;
}

QJsonObject rightView(const QuestionLayout &l, const QString &lang, const ScenarioStep *ending)
{
    const Question &q = *l.question;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
    case QuestionType::MissingWord:
    case QuestionType::RedFlags: {
        QStringList right;
        for (const QString &id : l.shown)
            if (q.option(id)->correct)
                right.append(id);
        return {{QStringLiteral("ids"), viewIds(l, right)}};
    }
    case QuestionType::Ordering: {
        QStringList order;
        for (const Option &o : q.options)
            order.append(o.id);
        return {{QStringLiteral("order"), viewIds(l, order)}};
    }
    case QuestionType::Matching: {
        QJsonObject pairs;
        for (int i = 0; i < l.shown.size(); ++i)
            pairs.insert(viewId(QLatin1Char('o'), i),
                         viewId(QLatin1Char('r'), int(l.rightShown.indexOf(l.shown.at(i)))));
        return {{QStringLiteral("pairs"), pairs}};
    }
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        return {{QStringLiteral("text"), acceptedAnswerTexts(q, lang).value(0)}};
    case QuestionType::Scenario:
        if (ending)
            return {{QStringLiteral("outcome"), ending->outcome}};
        return {};
    }
    return {};
}

QString explanationText(const QuestionLayout &l, const QString &lang, const QStringList &chosen,
                        const ScenarioStep *ending)
{
    const Question &q = *l.question;
    QStringList parts;
    switch (q.type) {
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        return typedAnswerExplanation(q, chosen).in(lang);
    case QuestionType::Scenario:
        return ending ? ending->summary.in(lang).isEmpty() ? ending->text.in(lang) : ending->summary.in(lang)
                      : QString();
    case QuestionType::Ordering:
    case QuestionType::Matching:
        for (const Option &o : q.options)
            if (!o.explanation.in(lang).isEmpty())
                parts.append(o.explanation.in(lang));
        break;
    default:
        for (const Option &o : q.options)
            if (o.correct && !o.explanation.in(lang).isEmpty())
                parts.append(o.explanation.in(lang));
        break;
    }
    return parts.join(QLatin1Char('\n'));
}

QStringList distributionKeys(const QuestionLayout &l, const QStringList &chosen, const ScoredAnswer &scored)
{
    switch (l.question->type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::TrueFalse:
    case QuestionType::MissingWord:
    case QuestionType::RedFlags: {
        QStringList keys;
        for (const QString &id : chosen)
            keys.append(idOf(l, id));
        return keys;
    }
    default:
        return {scored.correct ? QStringLiteral("correct")
                               : scored.points > 0 ? QStringLiteral("partial") : QStringLiteral("wrong")};
    }
}

} // namespace khien::live
