// Reading a results bundle's JSON (format in bundlejson.h): every field is checked for type,
// range and id syntax, and the whole for duplicates and size, before anything is merged.
#include "bundlejson.h"

#include "bundlefields.h"
#include "typedanswer.h"
#include "resultsbundle.h"
#include "untrustedtext.h"

#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace khien {

namespace {

constexpr int maxItems = 100000; // trainees, attempts, decisions or lessons in one bundle

const QRegularExpression &uuidPattern()
{
    static const QRegularExpression p(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return p;
}

const QRegularExpression &contentIdPattern()
{
    static const QRegularExpression p(QStringLiteral("^[a-z0-9-]{1,64}$"));
    return p;
}

std::optional<AnswerRecord> readAnswer(const QJsonValue &v, const QString &attemptId,
                                       const QString &where, QString &error)
{
    BundleFields f(v.toObject(), where, error);
    if (!v.isObject())
        f.fail("answers", ResultsBundle::tr("holds something that is not an answer"));
    AnswerRecord a;
    a.attemptId = f.id("attemptId", uuidPattern());
    a.questionId = f.id("questionId", contentIdPattern());
    a.questionType = f.string("questionType");
    if (isTypedAnswerTypeName(a.questionType)) {
        for (const QJsonValue &typed : f.list("chosen", 1))
            a.chosen.append(typed.toString());
        if (f.ok() && !isStorableTypedAnswer(a.chosen))
            //: %1 the longest typed answer, in characters
            f.fail("chosen", ResultsBundle::tr("is not one typed answer of at most %1 characters without hidden characters")
                                     .arg(maxTypedAnswerLength));
    } else {
        a.chosen = f.ids("chosen", contentIdPattern());
    }
    a.correct = f.boolean("correct");
    a.points = f.number("points");
    a.maxPoints = f.number("maxPoints");
    a.timeTakenMs = f.integer("timeTakenMs", 0, 1e15);
    a.language = f.string("language");
    a.contentVersion = f.string("contentVersion");
    a.answeredAt = f.time("answeredAt");
    a.position = int(f.integer("position", 0, 1e6));
    if (f.ok() && a.attemptId != attemptId)
        f.fail("attemptId", ResultsBundle::tr("is not the attempt it is listed under"));
    return f.ok() ? std::optional(a) : std::nullopt;
}

std::optional<DecisionRecord> readDecision(const QJsonValue &v, const QString &attemptId,
                                           const QString &where, QString &error)
{
    BundleFields f(v.toObject(), where, error);
    if (!v.isObject())
        f.fail("decisions", ResultsBundle::tr("holds something that is not a decision"));
    DecisionRecord d;
    d.attemptId = f.id("attemptId", uuidPattern());
    d.questionId = f.id("questionId", contentIdPattern());
    d.seq = int(f.integer("seq", 0, 1e6));
    d.stepId = f.id("stepId", contentIdPattern());
    d.choiceId = f.id("choiceId", contentIdPattern());
    d.points = f.number("points");
    d.decidedAt = f.time("decidedAt");
    if (f.ok() && d.attemptId != attemptId)
        f.fail("attemptId", ResultsBundle::tr("is not the attempt it is listed under"));
    return f.ok() ? std::optional(d) : std::nullopt;
}

// The totals the store derives from the answers must be what the answers say.
void checkTotals(BundleFields &f, const BundleAttempt &a)
{
    for (const AnswerRecord &n : a.answers)
        if (f.ok() && (n.maxPoints < 0 || n.points < 0 || n.points > n.maxPoints + 1e-9))
            f.fail("answers", ResultsBundle::tr("has an answer whose points are not between 0 and its maximum"));
    double sum = 0;
    for (const AnswerRecord &n : a.answers)
        sum += n.points;
    if (f.ok() && std::abs(a.record.score - sum) > 1e-6 * std::max(1.0, std::abs(sum)))
        f.fail("score", ResultsBundle::tr("is not the sum of the points of its answers"));
    if (f.ok() && a.record.answeredCount != a.answers.size())
        f.fail("answeredCount", ResultsBundle::tr("is not the number of its answers"));
    const AttemptRecord &r = a.record;
    if (f.ok() && (r.score < 0 || r.score > r.maxScore + 1e-9))
        f.fail("score", ResultsBundle::tr("is not between 0 and the attempt's maximum"));
    // The quiz's rule (QuizSession::passed): a share of the maximum, decided when it ends.
    const bool reachesPassMark = r.score + 1e-9 >= r.maxScore * r.passPercent / 100.0;
    if (f.ok() && r.finishedAt.isValid() && !r.abandoned && r.passed != reachesPassMark)
        f.fail("passed", ResultsBundle::tr("does not agree with the score and the pass mark"));
    if (f.ok() && r.passed && (!r.finishedAt.isValid() || r.abandoned))
        f.fail("passed", ResultsBundle::tr("is set on an attempt that was not finished"));
}

std::optional<BundleAttempt> readAttempt(const QJsonValue &v, const QString &traineeId,
                                         const QString &where, int &answerBudget, QString &error)
{
    BundleFields f(v.toObject(), where, error);
    if (!v.isObject())
        f.fail("attempts", ResultsBundle::tr("holds something that is not an attempt"));
    BundleAttempt a;
    AttemptRecord &r = a.record;
    r.id = f.id("id", uuidPattern());
    r.traineeId = f.id("traineeId", uuidPattern());
    r.moduleId = f.id("moduleId", contentIdPattern());
    r.quizId = f.id("quizId", contentIdPattern());
    r.contentVersion = f.string("contentVersion");
    r.language = f.string("language");
    r.passPercent = int(f.integer("passPercent", 0, 100));
    r.startedAt = f.time("startedAt");
    r.finishedAt = f.time("finishedAt", true);
    r.score = f.number("score");
    r.maxScore = f.number("maxScore", 0);
    r.answeredCount = int(f.integer("answeredCount", 0, maxBundleAnswers));
    r.passed = f.boolean("passed");
    r.seed = quint32(f.integer("seed", 0, 4294967295.0));
    r.mode = f.string("mode");
    r.questionOrder = f.ids("questionOrder", contentIdPattern());
    r.abandoned = f.boolean("abandoned");
    const QJsonArray answers = f.list("answers", maxBundleAnswers);
    const QJsonArray decisions = f.list("decisions", maxItems);
    if (f.ok() && r.traineeId != traineeId)
        f.fail("traineeId", ResultsBundle::tr("is not the trainee it is listed under"));
    if (f.ok() && r.abandoned && !r.finishedAt.isValid())
        f.fail("abandoned", ResultsBundle::tr("is set on an unfinished attempt"));
    answerBudget -= int(answers.size());
    if (f.ok() && answerBudget < 0)
        error = ResultsBundle::tr("The bundle holds more than %1 answers.").arg(maxBundleAnswers);
    QSet<QString> questions;
    for (qsizetype i = 0; error.isEmpty() && i < answers.size(); ++i) {
        const QString here = ResultsBundle::tr("%1, answer %2").arg(where).arg(i + 1);
        if (const auto n = readAnswer(answers.at(i), r.id, here, error)) {
            if (questions.contains(n->questionId))
                error = ResultsBundle::tr("%1: the question is answered twice").arg(here);
            questions.insert(n->questionId);
            a.answers.append(*n);
        }
    }
    QSet<QPair<QString, int>> steps;
    for (qsizetype i = 0; error.isEmpty() && i < decisions.size(); ++i) {
        const QString here = ResultsBundle::tr("%1, decision %2").arg(where).arg(i + 1);
        if (const auto d = readDecision(decisions.at(i), r.id, here, error)) {
            if (steps.contains({d->questionId, d->seq}))
                error = ResultsBundle::tr("%1: the decision is listed twice").arg(here);
            steps.insert({d->questionId, d->seq});
            a.decisions.append(*d);
        }
    }
    checkTotals(f, a);
    return error.isEmpty() ? std::optional(a) : std::nullopt;
}

// The lessons of one trainee; `budget` counts down the lessons the bundle may still hold.
QVector<BundleLesson> readLessons(const QJsonArray &list, const QString &where, int &budget,
                                  QString &error)
{
    QVector<BundleLesson> lessons;
    QSet<QString> seen;
    budget -= int(list.size());
    if (error.isEmpty() && budget < 0)
        error = ResultsBundle::tr("The bundle holds more than %1 lessons.").arg(maxItems);
    for (qsizetype i = 0; error.isEmpty() && i < list.size(); ++i) {
        BundleFields f(list.at(i).toObject(),
                       ResultsBundle::tr("%1, lesson %2").arg(where).arg(i + 1), error);
        if (!list.at(i).isObject())
            f.fail("lessons", ResultsBundle::tr("holds something that is not a lesson"));
        BundleLesson l;
        l.moduleId = f.id("moduleId", contentIdPattern());
        l.lessonId = f.id("lessonId", contentIdPattern());
        l.firstReadAt = f.time("firstReadAt");
        if (f.ok() && seen.contains(l.lessonId))
            f.fail("lessonId", ResultsBundle::tr("is listed twice"));
        seen.insert(l.lessonId);
        lessons.append(l);
    }
    return lessons;
}

bool readHeader(const QJsonObject &root, QString &error)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    if (root.value(QLatin1String("type")).toString() != QLatin1String("khien-results")
        || !format.isDouble()) {
        error = ResultsBundle::tr("The file is not a Khiên results bundle.");
        return false;
    }
    if (format != QJsonValue(bundleFormat)) {
        error = ResultsBundle::tr("The bundle is in format %1, which this version of Khiên "
                                  "cannot read (it reads format %2).")
                        .arg(format.toDouble())
                        .arg(bundleFormat);
        return false;
    }
    BundleFields top(root, ResultsBundle::tr("bundle"), error);
    top.time("exportedAt");
    return top.ok();
}

} // namespace

std::optional<QVector<BundleTrainee>> readBundleJson(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        error = ResultsBundle::tr("The bundle is not a valid JSON document.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!readHeader(root, error))
        return std::nullopt;
    const QJsonArray list = BundleFields(root, ResultsBundle::tr("bundle"), error)
                                    .list("trainees", maxItems);
    QVector<BundleTrainee> result;
    QSet<QString> traineeIds, attemptIds;
    int answerBudget = maxBundleAnswers;
    int lessonBudget = maxItems;
    int attemptCount = 0;
    for (qsizetype i = 0; error.isEmpty() && i < list.size(); ++i) {
        const QString where = ResultsBundle::tr("trainee %1").arg(i + 1);
        BundleFields f(list.at(i).toObject(), where, error);
        if (!list.at(i).isObject())
            f.fail("trainees", ResultsBundle::tr("holds something that is not a trainee"));
        BundleTrainee t;
        t.trainee.id = f.id("id", uuidPattern());
        // Counted as everywhere else (code points of the cleaned name), not in UTF-16 units.
        t.trainee.displayName = cleanName(f.string("displayName", 8 * maxNameLength));
        t.trainee.groupCode = cleanName(f.string("groupCode", 8 * maxNameLength));
        if (f.ok() && textLength(t.trainee.displayName) > maxNameLength)
            f.fail("displayName", ResultsBundle::tr("is longer than %1 characters").arg(maxNameLength));
        if (f.ok() && textLength(t.trainee.groupCode) > maxNameLength)
            f.fail("groupCode", ResultsBundle::tr("is longer than %1 characters").arg(maxNameLength));
        t.trainee.createdAt = f.time("createdAt");
        if (f.ok() && t.trainee.displayName.isEmpty())
            f.fail("displayName", ResultsBundle::tr("is empty"));
        if (f.ok() && traineeIds.contains(t.trainee.id))
            f.fail("id", ResultsBundle::tr("is listed twice"));
        traineeIds.insert(t.trainee.id);
        const QJsonArray lessons = f.list("lessons", maxItems);
        const QJsonArray attempts = f.list("attempts", maxItems);
        t.lessons = readLessons(lessons, where, lessonBudget, error);
        attemptCount += int(attempts.size());
        if (error.isEmpty() && attemptCount > maxItems)
            error = ResultsBundle::tr("The bundle holds more than %1 attempts.").arg(maxItems);
        for (qsizetype j = 0; error.isEmpty() && j < attempts.size(); ++j) {
            const QString here = ResultsBundle::tr("%1, attempt %2").arg(where).arg(j + 1);
            const auto a = readAttempt(attempts.at(j), t.trainee.id, here, answerBudget, error);
            if (a && attemptIds.contains(a->record.id))
                error = ResultsBundle::tr("%1: the attempt is listed twice").arg(here);
            if (a) {
                attemptIds.insert(a->record.id);
                t.attempts.append(*a);
            }
        }
        result.append(t);
    }
    return error.isEmpty() ? std::optional(result) : std::nullopt;
}

} // namespace khien
