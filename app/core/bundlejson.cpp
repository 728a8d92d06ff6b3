// Writing a results bundle's JSON (format in bundlejson.h), and the content by which the
// merge tells one version of an attempt from another.
#include "bundlejson.h"

#include "storesql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace khien {

namespace {

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(storesql::toIso(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject answerJson(const AnswerRecord &a)
{
    return {{QStringLiteral("attemptId"), a.attemptId},
            {QStringLiteral("questionId"), a.questionId},
            {QStringLiteral("questionType"), a.questionType},
            {QStringLiteral("chosen"), QJsonArray::fromStringList(a.chosen)},
            {QStringLiteral("correct"), a.correct},
            {QStringLiteral("points"), a.points},
            {QStringLiteral("maxPoints"), a.maxPoints},
            {QStringLiteral("timeTakenMs"), double(a.timeTakenMs)},
            {QStringLiteral("language"), a.language},
            {QStringLiteral("contentVersion"), a.contentVersion},
            {QStringLiteral("answeredAt"), timeOrNull(a.answeredAt)},
            {QStringLiteral("position"), a.position}};
}

QJsonObject decisionJson(const DecisionRecord &d)
{
    return {{QStringLiteral("attemptId"), d.attemptId},
            {QStringLiteral("questionId"), d.questionId},
            {QStringLiteral("seq"), d.seq},
            {QStringLiteral("stepId"), d.stepId},
            {QStringLiteral("choiceId"), d.choiceId},
            {QStringLiteral("points"), d.points},
            {QStringLiteral("decidedAt"), timeOrNull(d.decidedAt)}};
}

QJsonObject attemptJson(const BundleAttempt &a)
{
    const AttemptRecord &r = a.record;
    QJsonArray answers, decisions;
    for (const AnswerRecord &n : a.answers)
        answers.append(answerJson(n));
    for (const DecisionRecord &d : a.decisions)
        decisions.append(decisionJson(d));
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("traineeId"), r.traineeId},
            {QStringLiteral("moduleId"), r.moduleId},
            {QStringLiteral("quizId"), r.quizId},
            {QStringLiteral("contentVersion"), r.contentVersion},
            {QStringLiteral("language"), r.language},
            {QStringLiteral("passPercent"), r.passPercent},
            {QStringLiteral("startedAt"), timeOrNull(r.startedAt)},
            {QStringLiteral("finishedAt"), timeOrNull(r.finishedAt)},
            {QStringLiteral("score"), r.score},
            {QStringLiteral("maxScore"), r.maxScore},
            {QStringLiteral("answeredCount"), r.answeredCount},
            {QStringLiteral("passed"), r.passed},
            {QStringLiteral("seed"), double(r.seed)},
            {QStringLiteral("mode"), r.mode},
            {QStringLiteral("questionOrder"), QJsonArray::fromStringList(r.questionOrder)},
            {QStringLiteral("abandoned"), r.abandoned},
            {QStringLiteral("answers"), answers},
            {QStringLiteral("decisions"), decisions}};
}

QJsonObject lessonJson(const BundleLesson &l)
{
    return {{QStringLiteral("moduleId"), l.moduleId},
            {QStringLiteral("lessonId"), l.lessonId},
            {QStringLiteral("firstReadAt"), timeOrNull(l.firstReadAt)}};
}

} // namespace

QByteArray bundleJson(const QVector<BundleTrainee> &trainees)
{
    QJsonArray list;
    for (const BundleTrainee &t : trainees) {
        QJsonArray lessons, attempts;
        for (const BundleLesson &l : t.lessons)
            lessons.append(lessonJson(l));
        for (const BundleAttempt &a : t.attempts)
            attempts.append(attemptJson(a));
        list.append(QJsonObject{{QStringLiteral("id"), t.trainee.id},
                                {QStringLiteral("displayName"), t.trainee.displayName},
                                {QStringLiteral("groupCode"), t.trainee.groupCode},
                                {QStringLiteral("createdAt"), timeOrNull(t.trainee.createdAt)},
                                {QStringLiteral("lessons"), lessons},
                                {QStringLiteral("attempts"), attempts}});
    }
    const QJsonObject root{{QStringLiteral("type"), QStringLiteral("khien-results")},
                           {QStringLiteral("format"), bundleFormat},
                           {QStringLiteral("exportedAt"), storesql::toIso({})},
                           {QStringLiteral("trainees"), list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QByteArray attemptContent(BundleAttempt a)
{
    std::sort(a.answers.begin(), a.answers.end(), [](const auto &x, const auto &y) {
        return std::tie(x.position, x.questionId) < std::tie(y.position, y.questionId);
    });
    std::sort(a.decisions.begin(), a.decisions.end(), [](const auto &x, const auto &y) {
        return std::tie(x.questionId, x.seq) < std::tie(y.questionId, y.seq);
    });
    QJsonObject o = attemptJson(a);
    for (const char *key : {"id", "score", "answeredCount"})
        o.remove(QLatin1String(key));
    for (const char *list : {"answers", "decisions"}) {
        QJsonArray items = o.value(QLatin1String(list)).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            item.remove(QStringLiteral("attemptId"));
            items[i] = item;
        }
        o.insert(QLatin1String(list), items);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace khien
