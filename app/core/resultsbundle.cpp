// Results bundles (see resultsbundle.h). Export reads through the Store's public API. Import
// checks the tag, then every field, before it writes anything; the merge runs on a connection
// of its own to the store's file, in one transaction, with portable SQL and bound values.
#include "resultsbundle.h"

#include "constanttime.h"
#include "sqlitedialect.h"
#include "store.h"
#include "storesql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <tuple>

namespace khien {

class ResultsBundle
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBundle)
};

namespace {

using storesql::fromIso;
using storesql::toIso;

const QString formatName = QStringLiteral("khien-results");
constexpr int formatVersion = 1;
const QByteArray tagPrefix = QByteArrayLiteral("hmac-sha256:");
constexpr int tagHexLength = 64;
constexpr int maxItems = 100000; // trainees, attempts or decisions in one bundle

QByteArray tagOf(const QByteArray &json, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(json, key, QCryptographicHash::Sha256);
}

QJsonValue timeOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toIso(t)) : QJsonValue(QJsonValue::Null);
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

struct FullAttempt
{
    AttemptRecord record;
    QVector<AnswerRecord> answers;
    QVector<DecisionRecord> decisions;
};

QJsonObject attemptJson(const FullAttempt &a)
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

// What two attempts with one id must share to be the same attempt: everything stored, in a
// fixed order, without the id itself and without what the store derives from the answers.
QByteArray contentOf(FullAttempt a)
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

// Reads one JSON object's fields, remembering the first thing wrong (and then reading
// nothing more).
class Fields
{
public:
    Fields(const QJsonObject &o, QString where, QString &error)
        : m_o(o), m_where(std::move(where)), m_error(error) {}

    QJsonValue value(const char *key, QJsonValue::Type type, const char *kind)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (m_error.isEmpty() && v.type() != type)
            fail(key, ResultsBundle::tr("is missing or not %1").arg(ResultsBundle::tr(kind)));
        return m_error.isEmpty() ? v : QJsonValue();
    }
    QString string(const char *key, int maxLength = 64)
    {
        const QString s = value(key, QJsonValue::String, QT_TRANSLATE_NOOP("ResultsBundle", "text")).toString();
        if (s.size() > maxLength)
            fail(key, ResultsBundle::tr("is longer than %1 characters").arg(maxLength));
        return s;
    }
    QString id(const char *key, const QRegularExpression &pattern)
    {
        const QString s = value(key, QJsonValue::String, QT_TRANSLATE_NOOP("ResultsBundle", "text")).toString();
        if (m_error.isEmpty() && !pattern.match(s).hasMatch())
            fail(key, ResultsBundle::tr("is not a valid id"));
        return s;
    }
    QStringList ids(const char *key, const QRegularExpression &pattern)
    {
        QStringList result;
        const QJsonArray items = value(key, QJsonValue::Array, QT_TRANSLATE_NOOP("ResultsBundle", "a list")).toArray();
        if (items.size() > 10000)
            fail(key, ResultsBundle::tr("has too many items"));
        for (const QJsonValue &item : items) {
            if (m_error.isEmpty() && !pattern.match(item.toString()).hasMatch())
                fail(key, ResultsBundle::tr("holds an invalid id"));
            result.append(item.toString());
        }
        return result;
    }
    double number(const char *key, double min = -1e9, double max = 1e9)
    {
        const double d = value(key, QJsonValue::Double, QT_TRANSLATE_NOOP("ResultsBundle", "a number")).toDouble();
        if (m_error.isEmpty() && !(std::isfinite(d) && d >= min && d <= max))
            fail(key, ResultsBundle::tr("is out of range"));
        return d;
    }
    qint64 integer(const char *key, double min, double max)
    {
        const double d = number(key, min, max);
        if (m_error.isEmpty() && d != std::floor(d))
            fail(key, ResultsBundle::tr("is not a whole number"));
        return m_error.isEmpty() ? qint64(d) : 0;
    }
    bool boolean(const char *key) { return value(key, QJsonValue::Bool, QT_TRANSLATE_NOOP("ResultsBundle", "true or false")).toBool(); }
    QDateTime time(const char *key, bool nullable = false)
    {
        if (nullable && m_o.value(QLatin1String(key)).isNull())
            return {};
        const QDateTime t = fromIso(value(key, QJsonValue::String, QT_TRANSLATE_NOOP("ResultsBundle", "a time")).toString());
        if (m_error.isEmpty() && !t.isValid())
            fail(key, ResultsBundle::tr("is not a valid time"));
        return t;
    }
    QJsonArray list(const char *key, int maxSize)
    {
        const QJsonArray items = value(key, QJsonValue::Array, QT_TRANSLATE_NOOP("ResultsBundle", "a list")).toArray();
        if (items.size() > maxSize)
            fail(key, ResultsBundle::tr("has more than %1 items").arg(maxSize));
        return m_error.isEmpty() ? items : QJsonArray();
    }
    void fail(const char *key, const QString &what)
    {
        if (m_error.isEmpty())
            m_error = ResultsBundle::tr("%1: \"%2\" %3").arg(m_where, QLatin1String(key), what);
    }
    bool ok() const { return m_error.isEmpty(); }

private:
    QJsonObject m_o;
    QString m_where;
    QString &m_error;
};

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

struct BundleTrainee
{
    Trainee trainee;
    QVector<FullAttempt> attempts;
};

std::optional<AnswerRecord> readAnswer(const QJsonValue &v, const QString &attemptId,
                                       const QString &where, QString &error)
{
    Fields f(v.toObject(), where, error);
    if (!v.isObject())
        f.fail("answers", ResultsBundle::tr("holds something that is not an answer"));
    AnswerRecord a;
    a.attemptId = f.id("attemptId", uuidPattern());
    a.questionId = f.id("questionId", contentIdPattern());
    a.questionType = f.string("questionType");
    a.chosen = f.ids("chosen", contentIdPattern());
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
    Fields f(v.toObject(), where, error);
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

std::optional<FullAttempt> readAttempt(const QJsonValue &v, const QString &traineeId,
                                       const QString &where, int &answerBudget, QString &error)
{
    Fields f(v.toObject(), where, error);
    if (!v.isObject())
        f.fail("attempts", ResultsBundle::tr("holds something that is not an attempt"));
    FullAttempt a;
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
    r.score = f.number("score"); // derived from the answers; read to check its type only
    r.maxScore = f.number("maxScore", 0);
    r.answeredCount = int(f.integer("answeredCount", 0, maxBundleAnswers));
    r.passed = f.boolean("passed") && r.finishedAt.isValid();
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
    return error.isEmpty() ? std::optional(a) : std::nullopt;
}

// The trainees of a verified bundle's JSON, or nullopt with `error` set.
std::optional<QVector<BundleTrainee>> readBundle(const QByteArray &json, QString &error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        error = ResultsBundle::tr("The bundle is not a valid JSON document.");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != formatName
        || root.value(QLatin1String("version")) != QJsonValue(formatVersion)) {
        error = ResultsBundle::tr("The file is not a Khiên results bundle of a version this "
                                  "app can read.");
        return std::nullopt;
    }
    Fields top(root, ResultsBundle::tr("bundle"), error);
    top.time("exportedAt");
    const QJsonArray list = top.list("trainees", maxItems);
    QVector<BundleTrainee> result;
    QSet<QString> traineeIds, attemptIds;
    int answerBudget = maxBundleAnswers;
    int attemptCount = 0;
    for (qsizetype i = 0; error.isEmpty() && i < list.size(); ++i) {
        const QString where = ResultsBundle::tr("trainee %1").arg(i + 1);
        Fields f(list.at(i).toObject(), where, error);
        if (!list.at(i).isObject())
            f.fail("trainees", ResultsBundle::tr("holds something that is not a trainee"));
        BundleTrainee t;
        t.trainee.id = f.id("id", uuidPattern());
        t.trainee.displayName = f.string("displayName", 100).trimmed();
        t.trainee.groupCode = f.string("groupCode", 100).trimmed();
        t.trainee.createdAt = f.time("createdAt");
        if (f.ok() && t.trainee.displayName.isEmpty())
            f.fail("displayName", ResultsBundle::tr("is empty"));
        if (f.ok() && traineeIds.contains(t.trainee.id))
            f.fail("id", ResultsBundle::tr("is listed twice"));
        traineeIds.insert(t.trainee.id);
        const QJsonArray attempts = f.list("attempts", maxItems);
        attemptCount += int(attempts.size());
        if (f.ok() && attemptCount > maxItems)
            error = ResultsBundle::tr("The bundle holds more than %1 attempts.").arg(maxItems);
        for (qsizetype j = 0; error.isEmpty() && j < attempts.size(); ++j) {
            const QString here = ResultsBundle::tr("%1, attempt %2").arg(where).arg(j + 1);
            const auto a = readAttempt(attempts.at(j), t.trainee.id, here, answerBudget, error);
            if (a && attemptIds.contains(a->record.id))
                error = ResultsBundle::tr("%1: the attempt is listed twice").arg(here);
            if (a)
                attemptIds.insert(a->record.id);
            if (a)
                t.attempts.append(*a);
        }
        result.append(t);
    }
    return error.isEmpty() ? std::optional(result) : std::nullopt;
}

// The id under which a conflicting attempt from a bundle is kept: derived from its id and
// content, so importing the same bundle again finds it instead of adding another copy.
QString copyIdFor(const FullAttempt &incoming)
{
    static const QUuid space(QStringLiteral("{5b0e3c1a-6f3e-4a53-9d2b-6b1f0c7e4a10}"));
    return QUuid::createUuidV5(space, incoming.record.id.toUtf8() + '\n' + contentOf(incoming))
            .toString(QUuid::WithoutBraces);
}

std::optional<FullAttempt> storedAttempt(const Store &store, const QString &id)
{
    const auto r = store.attempt(id);
    if (!r)
        return std::nullopt;
    return FullAttempt{*r, store.answers(id), store.decisions(id)};
}

// Inserts `a` under `id`. True when the attempt and all its rows were added.
bool insertAttempt(const QString &conn, const QString &id, const FullAttempt &a, QString &error)
{
    const AttemptRecord &r = a.record;
    const QVariant noValue;
    const QVariant finished = r.finishedAt.isValid() ? QVariant(toIso(r.finishedAt)) : noValue;
    const QVariant passed = r.finishedAt.isValid() ? QVariant(r.passed ? 1 : 0) : noValue;
    auto one = [&](const QString &sql, const QVariantList &values) {
        const auto q = storesql::query(conn, sql, values, error);
        if (q && q->numRowsAffected() != 1)
            error = ResultsBundle::tr("attempt %1 could not be added").arg(id);
        return q && q->numRowsAffected() == 1;
    };
    if (!one(QStringLiteral("INSERT INTO quiz_attempts (id, trainee_id, module_id, quiz_id,"
                            " content_version, language, pass_percent, max_score, started_at,"
                            " finished_at, passed, seed, mode, question_order, abandoned)"
                            " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                            " (SELECT 1 FROM quiz_attempts WHERE id = ?)"),
             {id, r.traineeId, r.moduleId, r.quizId, storesql::text(r.contentVersion),
              storesql::text(r.language), r.passPercent, r.maxScore, toIso(r.startedAt), finished,
              passed, qint64(r.seed), storesql::text(r.mode),
              storesql::text(r.questionOrder.join(QLatin1Char(','))), r.abandoned ? 1 : 0, id}))
        return false;
    for (const AnswerRecord &n : a.answers) {
        if (!one(QStringLiteral("INSERT INTO answers (attempt_id, question_id, question_type,"
                                " chosen, correct, points, max_points, time_taken_ms, language,"
                                " content_version, answered_at, position)"
                                " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                                " (SELECT 1 FROM answers WHERE attempt_id = ? AND question_id = ?)"),
                 {id, n.questionId, storesql::text(n.questionType),
                  storesql::text(n.chosen.join(QLatin1Char(','))), n.correct ? 1 : 0, n.points,
                  n.maxPoints, n.timeTakenMs, storesql::text(n.language),
                  storesql::text(n.contentVersion), toIso(n.answeredAt), n.position, id,
                  n.questionId}))
            return false;
    }
    for (const DecisionRecord &d : a.decisions) {
        if (!one(QStringLiteral("INSERT INTO decisions (attempt_id, question_id, seq, step_id,"
                                " choice_id, points, decided_at)"
                                " SELECT ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM"
                                " decisions WHERE attempt_id = ? AND question_id = ? AND seq = ?)"),
                 {id, d.questionId, d.seq, d.stepId, d.choiceId, d.points, toIso(d.decidedAt), id,
                  d.questionId, d.seq}))
            return false;
    }
    return true;
}

// The whole merge; runs inside the write transaction, which holds the file's write lock, so
// what `store` reads is what this transaction builds on.
bool merge(const QString &conn, const Store &store, const QVector<BundleTrainee> &trainees,
           BundleImportReport &report, QString &error)
{
    for (const BundleTrainee &t : trainees) {
        const auto q = storesql::query(
                conn,
                QStringLiteral("INSERT INTO trainees (id, display_name, group_code, created_at)"
                               " SELECT ?, ?, ?, ? WHERE NOT EXISTS"
                               " (SELECT 1 FROM trainees WHERE id = ?)"),
                {t.trainee.id, t.trainee.displayName, storesql::text(t.trainee.groupCode),
                 toIso(t.trainee.createdAt), t.trainee.id},
                error);
        if (!q)
            return false;
        report.traineesAdded += q->numRowsAffected();
    }
    for (const BundleTrainee &t : trainees) {
        for (const FullAttempt &a : t.attempts) {
            const auto here = storedAttempt(store, a.record.id);
            if (!here) {
                if (!insertAttempt(conn, a.record.id, a, error))
                    return false;
                ++report.attemptsAdded;
                continue;
            }
            if (contentOf(*here) == contentOf(a)) {
                ++report.attemptsAlreadyThere;
                continue;
            }
            const QString copyId = copyIdFor(a);
            if (const auto copy = storedAttempt(store, copyId)) {
                if (contentOf(*copy) != contentOf(a)) {
                    error = ResultsBundle::tr("attempt %1 clashes with attempt %2")
                                    .arg(a.record.id, copyId);
                    return false;
                }
                ++report.attemptsAlreadyThere; // this conflict was merged before
                continue;
            }
            if (!insertAttempt(conn, copyId, a, error))
                return false;
            ++report.conflicts;
            report.conflictNotes.append(
                    ResultsBundle::tr("Attempt %1 (trainee %2, quiz %3) differs from the one "
                                      "already here; both are kept, the bundle's as %4.")
                            .arg(a.record.id, t.trainee.displayName, a.record.quizId, copyId));
        }
    }
    return true;
}

} // namespace

QByteArray exportBundle(const Store &store, const QStringList &traineeIds,
                        const QByteArray &classKey, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (classKey.isEmpty())
        return fail(ResultsBundle::tr("No class key is set."));
    if (!store.isOpen())
        return fail(ResultsBundle::tr("The database is not open."));
    QVector<Trainee> chosen;
    if (traineeIds.isEmpty()) {
        chosen = store.trainees();
    } else {
        for (const QString &id : traineeIds) {
            const auto t = store.trainee(id);
            if (!t)
                return fail(ResultsBundle::tr("There is no trainee %1.").arg(id));
            chosen.append(*t);
        }
    }
    QJsonArray trainees;
    for (const Trainee &t : chosen) {
        QJsonArray attempts;
        for (const AttemptRecord &r : store.attempts(t.id))
            attempts.append(attemptJson({r, store.answers(r.id), store.decisions(r.id)}));
        trainees.append(QJsonObject{{QStringLiteral("id"), t.id},
                                    {QStringLiteral("displayName"), t.displayName},
                                    {QStringLiteral("groupCode"), t.groupCode},
                                    {QStringLiteral("createdAt"), timeOrNull(t.createdAt)},
                                    {QStringLiteral("attempts"), attempts}});
    }
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("exportedAt"), toIso({})},
                           {QStringLiteral("trainees"), trainees}};
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Compact);
    return json + '\n' + tagPrefix + tagOf(json, classKey).toHex() + '\n';
}

BundleImportReport importBundle(Store &store, const QByteArray &bundle, const QByteArray &classKey)
{
    BundleImportReport report;
    QString &error = report.error;
    if (classKey.isEmpty()) {
        error = ResultsBundle::tr("No class key is set.");
        return report;
    }
    if (bundle.size() > maxBundleBytes) {
        error = ResultsBundle::tr("The bundle is larger than %1 MB.").arg(maxBundleBytes >> 20);
        return report;
    }
    // The last line is "hmac-sha256:<64 hex digits>"; everything before its newline is JSON.
    const qsizetype tagLine = tagPrefix.size() + tagHexLength + 1;
    const qsizetype jsonEnd = bundle.size() - tagLine - 1;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QByteArray tagHex = bundle.mid(jsonEnd + 1 + tagPrefix.size(), tagHexLength);
    if (jsonEnd < 0 || bundle.at(jsonEnd) != '\n' || !bundle.endsWith('\n')
        || bundle.mid(jsonEnd + 1, tagPrefix.size()) != tagPrefix
        || !hex.match(QString::fromLatin1(tagHex)).hasMatch()) {
        error = ResultsBundle::tr("The bundle has no integrity tag: it is incomplete or not a "
                                  "results bundle.");
        return report;
    }
    const QByteArray json = bundle.left(jsonEnd);
    if (!equalInConstantTime(tagOf(json, classKey), QByteArray::fromHex(tagHex))) {
        error = ResultsBundle::tr("The bundle's integrity check failed: it was changed after "
                                  "export, or it was signed with another class key.");
        return report;
    }
    const auto trainees = readBundle(json, error);
    if (!trainees)
        return report;
    if (!store.isOpen()) {
        error = ResultsBundle::tr("The database is not open.");
        return report;
    }

    static std::atomic<int> counter{0};
    const QString conn = QStringLiteral("khien-bundle-import-%1").arg(++counter);
    QString detail;
    bool merged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(sqlite::driverName), conn);
        db.setDatabaseName(store.path());
        if (db.open() && sqlite::applyConnectionPragmas(db, &detail)) {
            merged = storesql::inWriteTransaction(
                    conn, detail, [&] { return merge(conn, store, *trainees, report, detail); });
        } else if (detail.isEmpty()) {
            detail = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(conn);
    if (!merged) {
        const BundleImportReport nothing;
        report = nothing;
        report.error = ResultsBundle::tr("The bundle could not be merged; nothing was changed "
                                         "(%1).").arg(detail);
    }
    return report;
}

} // namespace khien
