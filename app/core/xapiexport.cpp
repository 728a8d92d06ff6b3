#include "xapiexport.h"

#include "coursecatalog.h"
#include "store.h"
#include "typedanswer.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUuid>

#include <algorithm>

namespace khien {

namespace {

const QString activityRoot = QStringLiteral("https://khien.org/xapi/activities");
const QString traineeHomePage = QStringLiteral("https://khien.org/trainee");
const QString adlVerbs = QStringLiteral("http://adlnet.gov/expapi/verbs/");
const QString adlActivities = QStringLiteral("http://adlnet.gov/expapi/activities/");
// xAPI's delimiters inside a response or a correct-response pattern.
const QString listDelimiter = QStringLiteral("[,]");
const QString pairDelimiter = QStringLiteral("[.]");

QString xapiLanguage(const QString &code)
{
    if (code == QLatin1String("vi"))
        return QStringLiteral("vi-VN");
    if (code == QLatin1String("en"))
        return QStringLiteral("en-US");
    return {};
}

QJsonObject languageMap(const LocalizedText &text)
{
    QJsonObject map;
    if (!text.vi.isEmpty())
        map.insert(QStringLiteral("vi-VN"), text.vi);
    if (!text.en.isEmpty())
        map.insert(QStringLiteral("en-US"), text.en);
    return map;
}

QJsonObject verb(const QString &name)
{
    static const QHash<QString, QString> vietnamese{
            {QStringLiteral("answered"), QStringLiteral("đã trả lời")},
            {QStringLiteral("completed"), QStringLiteral("đã hoàn thành")},
            {QStringLiteral("passed"), QStringLiteral("đã đạt")},
            {QStringLiteral("failed"), QStringLiteral("không đạt")}};
    return {{QStringLiteral("id"), adlVerbs + name},
            {QStringLiteral("display"), languageMap({vietnamese.value(name), name})}};
}

QJsonObject activity(const QString &id, const QString &type, const LocalizedText *name,
                     QJsonObject definition = {})
{
    definition.insert(QStringLiteral("type"), adlActivities + type);
    if (name && !languageMap(*name).isEmpty())
        definition.insert(QStringLiteral("name"), languageMap(*name));
    return {{QStringLiteral("objectType"), QStringLiteral("Activity")},
            {QStringLiteral("id"), id},
            {QStringLiteral("definition"), definition}};
}

QJsonArray components(const QVector<Option> &options, LocalizedText Option::*text)
{
    QJsonArray list;
    for (const Option &o : options) {
        QJsonObject c{{QStringLiteral("id"), o.id}};
        const QJsonObject description = languageMap(o.*text);
        if (!description.isEmpty())
            c.insert(QStringLiteral("description"), description);
        list.append(c);
    }
    return list;
}

// xAPI numbers: '.' as decimal mark, no exponent for the values content can hold.
QString xapiNumber(double value)
{
    return QString::number(value, 'g', 15);
}

// Shortanswer (fill-in) and numeric: every answer worth the full point is a correct response,
// a pattern as written (`*` included: xAPI has no wildcard) in each language, or a value or
// min[:]max range.
QJsonObject typedDefinition(const Question &q)
{
    QJsonArray patterns;
    QSet<QString> seen;
    const QString casePrefix = q.caseSensitive ? QStringLiteral("{case_matters=true}") : QStringLiteral("{case_matters=false}");
    for (const Option &o : q.options) {
        if (o.fraction < 1.0)
            continue;
        QStringList forms;
        if (q.type == QuestionType::Numeric)
            forms.append(o.tolerance > 0 ? xapiNumber(o.value - o.tolerance) + QStringLiteral("[:]") + xapiNumber(o.value + o.tolerance)
                                         : xapiNumber(o.value));
        else
            for (const QString &text : {o.text.vi, o.text.en})
                if (!text.isEmpty())
                    forms.append(casePrefix + text);
        for (const QString &form : std::as_const(forms))
            if (!seen.contains(form)) {
                seen.insert(form);
                patterns.append(form);
            }
    }
    return {{QStringLiteral("interactionType"), q.type == QuestionType::Numeric ? QStringLiteral("numeric") : QStringLiteral("fill-in")},
            {QStringLiteral("correctResponsesPattern"), patterns}};
}

// The cmi.interaction part of a question's definition: its type, components and right answer.
QJsonObject interactionDefinition(const Question &q)
{
    QStringList ids, correct, pairs;
    for (const Option &o : q.options) {
        ids.append(o.id);
        if (o.correct)
            correct.append(o.id);
        pairs.append(o.id + pairDelimiter + o.id);
    }
    auto definition = [](const char *type, const QString &pattern) {
        return QJsonObject{{QStringLiteral("interactionType"), QLatin1String(type)},
                           {QStringLiteral("correctResponsesPattern"), QJsonArray{pattern}}};
    };
    QJsonObject d;
    switch (q.type) {
    case QuestionType::Single:
    case QuestionType::Multiple:
    case QuestionType::RedFlags:
    case QuestionType::MissingWord:
        d = definition("choice", correct.join(listDelimiter));
        d.insert(QStringLiteral("choices"), components(q.options, &Option::text));
        break;
    case QuestionType::TrueFalse:
        d = definition("true-false", correct.value(0));
        break;
    case QuestionType::Ordering:
        d = definition("sequencing", ids.join(listDelimiter));
        d.insert(QStringLiteral("choices"), components(q.options, &Option::text));
        break;
    case QuestionType::Matching:
        d = definition("matching", pairs.join(listDelimiter));
        d.insert(QStringLiteral("source"), components(q.options, &Option::text));
        d.insert(QStringLiteral("target"), components(q.options, &Option::match));
        break;
    case QuestionType::Scenario: // a path of choices has no single right answer to state
        d.insert(QStringLiteral("interactionType"), QStringLiteral("other"));
        break;
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        d = typedDefinition(q);
        break;
    }
    return d;
}

// The answer in xAPI's response format. Matching answers are stored as the partner given to
// each pair in file order; xAPI wants source[.]target pairs.
QString response(const Question *q, const QStringList &chosen)
{
    if (q && q->type == QuestionType::Numeric) {
        const std::optional<double> x = parseDecimal(chosen.value(0), /*allowComma=*/true);
        return x ? xapiNumber(*x) : chosen.value(0);
    }
    if (q && q->type == QuestionType::ShortAnswer)
        return chosen.value(0);
    if (!q || q->type != QuestionType::Matching)
        return chosen.join(listDelimiter);
    QStringList pairs;
    for (int i = 0; i < chosen.size() && i < q->options.size(); ++i)
        pairs.append(q->options.at(i).id + pairDelimiter + chosen.at(i));
    return pairs.join(listDelimiter);
}

QJsonObject score(double raw, double max)
{
    if (max <= 0)
        return {};
    raw = std::clamp(raw, 0.0, max);
    return {{QStringLiteral("scaled"), raw / max},
            {QStringLiteral("raw"), raw},
            {QStringLiteral("min"), 0},
            {QStringLiteral("max"), max}};
}

struct AttemptContext
{
    const AttemptRecord &attempt;
    QJsonObject actor;
    QJsonObject courseActivity, moduleActivity, quizActivity;
    const Quiz *quiz = nullptr; // null when the module no longer has this quiz
    QString courseId;
};

QJsonObject context(const AttemptContext &c, const QJsonObject &parent, const QString &language)
{
    QJsonObject context{
            {QStringLiteral("contextActivities"),
             QJsonObject{{QStringLiteral("parent"), QJsonArray{parent}},
                         {QStringLiteral("grouping"), QJsonArray{c.courseActivity}}}},
            {QStringLiteral("platform"), QStringLiteral("Khiên")}};
    if (!QUuid::fromString(c.attempt.id).isNull()) // registration must be a UUID
        context.insert(QStringLiteral("registration"), c.attempt.id);
    if (!xapiLanguage(language).isEmpty())
        context.insert(QStringLiteral("language"), xapiLanguage(language));
    if (!c.attempt.contentVersion.isEmpty())
        context.insert(QStringLiteral("revision"), c.attempt.contentVersion);
    return context;
}

QJsonObject statement(const AttemptContext &c, const QString &verbName, const QJsonObject &object,
                      const QJsonObject &result, const QJsonObject &context, const QDateTime &at)
{
    QJsonObject s{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                  {QStringLiteral("version"), QStringLiteral("1.0.3")},
                  {QStringLiteral("actor"), c.actor},
                  {QStringLiteral("verb"), verb(verbName)},
                  {QStringLiteral("object"), object},
                  {QStringLiteral("result"), result},
                  {QStringLiteral("context"), context}};
    const QDateTime when = at.isValid() ? at : c.attempt.startedAt;
    if (when.isValid())
        s.insert(QStringLiteral("timestamp"), when.toUTC().toString(Qt::ISODateWithMs));
    return s;
}

void appendAttempt(QJsonArray &out, const AttemptContext &c, const QVector<AnswerRecord> &answers)
{
    const AttemptRecord &a = c.attempt;
    qint64 timeTaken = 0;
    for (const AnswerRecord &answer : answers) {
        timeTaken += std::max<qint64>(0, answer.timeTakenMs);
        const Question *q = c.quiz ? c.quiz->question(answer.questionId) : nullptr;
        const QJsonObject object = activity(
                xapiActivityId(c.courseId, a.moduleId, a.quizId, answer.questionId),
                QStringLiteral("cmi.interaction"), q ? &q->prompt : nullptr,
                q ? interactionDefinition(*q) : QJsonObject{});
        QJsonObject result{{QStringLiteral("success"), answer.correct},
                           {QStringLiteral("response"), response(q, answer.chosen)},
                           {QStringLiteral("duration"), isoDuration(answer.timeTakenMs)}};
        if (const QJsonObject s = score(answer.points, answer.maxPoints); !s.isEmpty())
            result.insert(QStringLiteral("score"), s);
        out.append(statement(c, QStringLiteral("answered"), object, result,
                             context(c, c.quizActivity, answer.language), answer.answeredAt));
    }
    if (!a.isFinished() || a.abandoned)
        return;
    // The time spent answering, not started-to-finished: a resumed attempt's wall-clock span
    // would count the night in between.
    QJsonObject result{{QStringLiteral("success"), a.passed},
                       {QStringLiteral("completion"), true},
                       {QStringLiteral("duration"), isoDuration(timeTaken)}};
    if (const QJsonObject s = score(a.score, a.maxScore); !s.isEmpty())
        result.insert(QStringLiteral("score"), s);
    const QJsonObject ctx = context(c, c.moduleActivity, a.language);
    out.append(statement(c, QStringLiteral("completed"), c.quizActivity, result, ctx, a.finishedAt));
    out.append(statement(c, a.passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                         c.quizActivity, result, ctx, a.finishedAt));
}

} // namespace

QString xapiActivityId(const QString &courseId, const QString &moduleId, const QString &quizId,
                       const QString &questionId)
{
    QString id = activityRoot;
    for (const QString &part : {courseId, moduleId, quizId, questionId}) {
        if (part.isEmpty())
            break;
        id += QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(part));
    }
    return id;
}

QString isoDuration(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    const qint64 hours = ms / 3'600'000;
    const qint64 minutes = ms / 60'000 % 60;
    const qint64 seconds = ms / 1000 % 60;
    const qint64 millis = ms % 1000;
    QString text = QStringLiteral("PT");
    if (hours > 0)
        text += QString::number(hours) + QLatin1Char('H');
    if (minutes > 0)
        text += QString::number(minutes) + QLatin1Char('M');
    if (seconds > 0 || millis > 0 || (hours == 0 && minutes == 0)) {
        text += QString::number(seconds);
        if (millis > 0) {
            QString fraction = QStringLiteral("%1").arg(millis, 3, 10, QLatin1Char('0'));
            while (fraction.endsWith(QLatin1Char('0')))
                fraction.chop(1);
            text += QLatin1Char('.') + fraction;
        }
        text += QLatin1Char('S');
    }
    return text;
}

XapiExport exportXapi(const Store &store, const CourseCatalog &catalog, const QStringList &traineeIds)
{
    XapiExport out;
    for (const QString &traineeId : traineeIds) {
        const std::optional<Trainee> trainee = store.trainee(traineeId);
        if (!trainee) {
            out.skippedTrainees += 1;
            continue;
        }
        const QJsonObject actor{
                {QStringLiteral("objectType"), QStringLiteral("Agent")},
                {QStringLiteral("name"), trainee->displayName},
                {QStringLiteral("account"), QJsonObject{{QStringLiteral("homePage"), traineeHomePage},
                                                        {QStringLiteral("name"), trainee->id}}}};
        const QVector<AttemptRecord> attempts = store.attempts(traineeId); // newest first
        for (auto it = attempts.crbegin(); it != attempts.crend(); ++it) {
            const Course *course = catalog.courseOfModule(it->moduleId);
            const Module *module = catalog.module(it->moduleId);
            if (!course || !module) {
                out.skippedAttempts += 1;
                continue;
            }
            const Quiz *quiz =
                    module->quiz && module->quiz->id == it->quizId ? &*module->quiz : nullptr;
            const AttemptContext c{
                    *it,
                    actor,
                    activity(xapiActivityId(course->id), QStringLiteral("course"), &course->title),
                    activity(xapiActivityId(course->id, module->id), QStringLiteral("module"),
                             &module->title),
                    activity(xapiActivityId(course->id, module->id, it->quizId),
                             QStringLiteral("assessment"), quiz ? &quiz->title : nullptr),
                    quiz,
                    course->id};
            appendAttempt(out.statements, c, store.answers(it->id));
        }
    }
    return out;
}

QJsonArray xapiStatements(const Store &store, const CourseCatalog &catalog,
                          const QStringList &traineeIds)
{
    return exportXapi(store, catalog, traineeIds).statements;
}

} // namespace khien
