// Store: quiz attempts, their answers and scenario decisions, and the grades they give.
#include "store.h"

#include "storesql.h"
#include "typedanswer.h"

#include <QSqlQuery>

#include <algorithm>

namespace khien {

using namespace storesql;

namespace {

// The SELECTs below list their columns in the order the `...From` functions read them.
const QString attemptColumns = QStringLiteral(
        "a.id, a.trainee_id, a.module_id, a.quiz_id, a.content_version, a.language,"
        " a.pass_percent, a.started_at, a.finished_at, a.score, a.max_score,"
        " a.answered_count, a.passed, a.seed, a.mode, a.question_order, a.abandoned");

AttemptRecord attemptFrom(const QSqlQuery &q)
{
    AttemptRecord r;
    r.id = q.value(0).toString();
    r.traineeId = q.value(1).toString();
    r.moduleId = q.value(2).toString();
    r.quizId = q.value(3).toString();
    r.contentVersion = q.value(4).toString();
    r.language = q.value(5).toString();
    r.passPercent = q.value(6).toInt();
    r.startedAt = fromIso(q.value(7));
    r.finishedAt = fromIso(q.value(8));
    r.score = q.value(9).toDouble();
    r.maxScore = q.value(10).toDouble();
    r.answeredCount = q.value(11).toInt();
    r.passed = q.value(12).toInt() != 0;
    r.seed = quint32(q.value(13).toLongLong());
    r.mode = q.value(14).toString();
    r.questionOrder = q.value(15).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.abandoned = q.value(16).toInt() != 0;
    return r;
}

// Attempts with their score and answer count; `where` filters quiz_attempts a.
QString attemptSelect(const QString &where)
{
    return QStringLiteral("SELECT %1 FROM quiz_attempts a WHERE %2"
                          " ORDER BY a.started_at DESC, a.id DESC")
            .arg(attemptColumns, where);
}

const QString answerColumns = QStringLiteral(
        "attempt_id, question_id, question_type, chosen, correct, points, max_points,"
        " time_taken_ms, language, content_version, answered_at, position");

AnswerRecord answerFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            splitChosen(q.value(2).toString(), q.value(3).toString()),
            q.value(4).toInt() != 0, q.value(5).toDouble(), q.value(6).toDouble(),
            q.value(7).toLongLong(), q.value(8).toString(), q.value(9).toString(),
            fromIso(q.value(10)), q.value(11).toInt()};
}

DecisionRecord decisionFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toDouble(),
            fromIso(q.value(6))};
}

CoreError notOpen(const QString &attemptId)
{
    return failure(ErrorCode::AttemptClosed,
                   QStringLiteral("attempt %1 does not exist or is finished").arg(attemptId),
                   attemptId);
}

} // namespace

bool Store::insertAttempt(const QString &id, const AttemptStart &start)
{
    for (const QString &question : start.questionOrder) {
        if (!isJoinableId(question)) {
            m_lastError = failure(ErrorCode::InvalidId,
                                  QStringLiteral("invalid question id \"%1\"").arg(question), question);
            return false;
        }
    }
    return query(m_connection,
                 QStringLiteral("INSERT INTO quiz_attempts (id, trainee_id, module_id,"
                                " quiz_id, content_version, language, pass_percent,"
                                " max_score, started_at, seed, mode, question_order)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {id, text(start.traineeId), text(start.moduleId), text(start.quizId),
                  text(start.contentVersion), text(start.language), start.passPercent,
                  start.maxScore, toIso({}), qint64(start.seed), text(start.mode),
                  text(start.questionOrder.join(QLatin1Char(',')))},
                 m_lastError)
            .has_value();
}

bool Store::insertAnswer(const AnswerRecord &answer)
{
    if (isTypedAnswerTypeName(answer.questionType)) {
        if (!isStorableTypedAnswer(answer.chosen)) {
            m_lastError = failure(ErrorCode::InvalidAnswer,
                                  QStringLiteral("the typed answer is longer than %1 characters or holds hidden characters")
                                          .arg(maxTypedAnswerLength),
                                  answer.questionId);
            return false;
        }
    } else {
        for (const QString &option : answer.chosen) {
            if (!isJoinableId(option)) {
                m_lastError = failure(ErrorCode::InvalidId,
                                      QStringLiteral("invalid option id \"%1\"").arg(option), option);
                return false;
            }
        }
    }
    // One statement both checks that the attempt is open and writes, so nothing can finish it
    // in between. A second answer to the same question fails on the primary key. The
    // attempt's totals follow by trigger (sqlitedialect.cpp), in the same statement.
    const auto q = query(
            m_connection,
            QStringLiteral("INSERT INTO answers (attempt_id, question_id, question_type, chosen,"
                           " correct, points, max_points, time_taken_ms, language,"
                           " content_version, answered_at, position)"
                           " SELECT id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? FROM quiz_attempts"
                           " WHERE id = ? AND finished_at IS NULL"),
            {text(answer.questionId), text(answer.questionType),
             text(joinChosen(answer.questionType, answer.chosen)), answer.correct ? 1 : 0, answer.points,
             answer.maxPoints, answer.timeTakenMs, text(answer.language),
             text(answer.contentVersion), toIso(answer.answeredAt), answer.position,
             text(answer.attemptId)},
            m_lastError);
    if (q && q->numRowsAffected() == 0)
        m_lastError = notOpen(answer.attemptId);
    return q && q->numRowsAffected() == 1;
}

bool Store::insertDecision(const DecisionRecord &decision)
{
    // As insertAnswer(): the open-attempt check and the write are one statement, and a
    // repeated (attempt, question, seq) fails on the primary key.
    const auto q = query(
            m_connection,
            QStringLiteral("INSERT INTO decisions (attempt_id, question_id, seq, step_id,"
                           " choice_id, points, decided_at)"
                           " SELECT id, ?, ?, ?, ?, ?, ? FROM quiz_attempts"
                           " WHERE id = ? AND finished_at IS NULL"),
            {text(decision.questionId), decision.seq, text(decision.stepId),
             text(decision.choiceId), decision.points, toIso(decision.decidedAt),
             text(decision.attemptId)},
            m_lastError);
    if (q && q->numRowsAffected() == 0)
        m_lastError = notOpen(decision.attemptId);
    return q && q->numRowsAffected() == 1;
}

std::optional<QString> Store::startAttempt(const AttemptStart &start)
{
    const QString id = newId();
    if (!inWriteTransaction(m_connection, m_lastError, [&] { return insertAttempt(id, start); }))
        return std::nullopt;
    return id;
}

std::optional<QString> Store::replaceUnfinishedAttempt(const AttemptStart &start)
{
    const QString id = newId();
    const bool committed = inWriteTransaction(m_connection, m_lastError, [&] {
        return query(m_connection,
                     QStringLiteral("UPDATE quiz_attempts SET finished_at = ?, passed = 0,"
                                    " abandoned = 1 WHERE trainee_id = ? AND quiz_id = ?"
                                    " AND finished_at IS NULL"),
                     {toIso({}), text(start.traineeId), text(start.quizId)}, m_lastError)
                       .has_value()
                && insertAttempt(id, start);
    });
    return committed ? std::optional(id) : std::nullopt;
}

std::optional<QString> Store::startAttempt(const QString &traineeId, const QString &moduleId,
                                           const QString &quizId, const QString &contentVersion,
                                           const QString &language, int passPercent,
                                           double maxScore)
{
    AttemptStart start;
    start.traineeId = traineeId;
    start.moduleId = moduleId;
    start.quizId = quizId;
    start.contentVersion = contentVersion;
    start.language = language;
    start.passPercent = passPercent;
    start.maxScore = maxScore;
    return startAttempt(start);
}

bool Store::recordAnswer(const AnswerRecord &answer)
{
    return inWriteTransaction(m_connection, m_lastError, [&] { return insertAnswer(answer); });
}

bool Store::recordDecision(const DecisionRecord &decision)
{
    return inWriteTransaction(m_connection, m_lastError, [&] { return insertDecision(decision); });
}

bool Store::recordQuizStep(const QuizStep &step)
{
    return inWriteTransaction(m_connection, m_lastError, [&] {
        return (!step.decision || insertDecision(*step.decision))
                && (!step.answer || insertAnswer(*step.answer))
                && (!step.practice || updatePractice(*step.practice));
    });
}

bool Store::finishAttempt(const QString &attemptId, bool passed)
{
    const auto changed = writeCommitted(m_connection,
                                        QStringLiteral("UPDATE quiz_attempts SET finished_at = ?,"
                                                       " passed = ? WHERE id = ?"
                                                       " AND finished_at IS NULL"),
                                        {toIso({}), passed ? 1 : 0, text(attemptId)}, m_lastError);
    if (changed == 0)
        m_lastError = notOpen(attemptId);
    return changed == 1;
}

bool Store::abandonAttempt(const QString &attemptId)
{
    const auto changed = writeCommitted(m_connection,
                                        QStringLiteral("UPDATE quiz_attempts SET finished_at = ?,"
                                                       " passed = 0, abandoned = 1 WHERE id = ?"
                                                       " AND finished_at IS NULL"),
                                        {toIso({}), text(attemptId)}, m_lastError);
    if (changed == 0)
        m_lastError = notOpen(attemptId);
    return changed == 1;
}

QVector<AttemptRecord> Store::attempts(const QString &traineeId) const
{
    return rows(m_connection, attemptSelect(QStringLiteral("a.trainee_id = ?")),
                {text(traineeId)}, m_lastError, &attemptFrom);
}

std::optional<AttemptRecord> Store::attempt(const QString &attemptId) const
{
    const QVector<AttemptRecord> found =
            rows(m_connection, attemptSelect(QStringLiteral("a.id = ?")), {text(attemptId)},
                 m_lastError, &attemptFrom);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

std::optional<AttemptRecord> Store::unfinishedAttempt(const QString &traineeId,
                                                      const QString &quizId) const
{
    // Abandoned attempts are finished too; the flag is checked all the same, should an old
    // row ever have one without the other.
    const QVector<AttemptRecord> found =
            rows(m_connection,
                 attemptSelect(QStringLiteral("a.trainee_id = ? AND a.quiz_id = ?"
                                              " AND a.finished_at IS NULL AND a.abandoned = 0")),
                 {text(traineeId), text(quizId)}, m_lastError, &attemptFrom);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

QVector<AnswerRecord> Store::answers(const QString &attemptId) const
{
    return rows(m_connection,
                QStringLiteral("SELECT %1 FROM answers WHERE attempt_id = ?"
                               " ORDER BY position, answered_at").arg(answerColumns),
                {text(attemptId)}, m_lastError, &answerFrom);
}

QVector<DecisionRecord> Store::decisions(const QString &attemptId) const
{
    return rows(m_connection,
                QStringLiteral("SELECT attempt_id, question_id, seq, step_id, choice_id, points,"
                               " decided_at FROM decisions WHERE attempt_id = ?"
                               " ORDER BY question_id, seq"),
                {text(attemptId)}, m_lastError, &decisionFrom);
}

QHash<QString, ModuleProgress> Store::progress(const QString &traineeId, GradePolicy policy) const
{
    return progressByTrainee(policy, ProgressScope{traineeId, {}}).value(traineeId);
}

QHash<QString, QHash<QString, ModuleProgress>> Store::progressByTrainee(GradePolicy policy,
                                                                       const ProgressScope &scope) const
{
    // One pass over all trainees in scope: a class dashboard or export of 1,000 trainees is
    // two queries, not two thousand.
    QString filter = QStringLiteral("1 = 1");
    QVariantList values;
    if (!scope.traineeId.isEmpty()) {
        filter += QStringLiteral(" AND t.trainee_id = ?");
        values.append(text(scope.traineeId));
    }
    if (!scope.classId.isEmpty()) {
        filter += QStringLiteral(" AND t.trainee_id IN"
                                 " (SELECT trainee_id FROM class_members WHERE class_id = ?)");
        values.append(text(scope.classId));
    }
    QHash<QString, QHash<QString, ModuleProgress>> result;
    auto entry = [&](const QString &traineeId, const QString &moduleId) -> ModuleProgress & {
        ModuleProgress &p = result[traineeId][moduleId];
        p.moduleId = moduleId;
        return p;
    };
    auto lessons = query(m_connection,
                         QStringLiteral("SELECT t.trainee_id, t.module_id, COUNT(*)"
                                        " FROM lesson_progress t WHERE %1"
                                        " GROUP BY t.trainee_id, t.module_id").arg(filter),
                         values, m_lastError);
    if (!lessons)
        return {};
    while (lessons->next())
        entry(lessons->value(0).toString(), lessons->value(1).toString()).lessonsRead = lessons->value(2).toInt();
    // Only finished attempts give grades: an interrupted one proves nothing, and an abandoned
    // one was given up.
    const QString finished = QStringLiteral("(t.finished_at IS NOT NULL AND t.abandoned = 0)");
    const QString percent = QStringLiteral("(CASE WHEN t.max_score > 0 THEN 100.0 * t.score / t.max_score ELSE 0 END)");
    if (policy == GradePolicy::Best) {
        // The best grade does not depend on the order of the attempts, so the database sums it
        // up in one pass: one row per trainee and module instead of every attempt sorted by
        // time (a class of 1,000 × 50 attempts: 11,000 rows, no sort). Passed: an attempt at
        // the best grade passed (equal scores under different pass marks, after the course
        // changed: the pass counts), i.e. the best passing grade is the best grade.
        auto best = query(m_connection,
                          QStringLiteral("SELECT t.trainee_id, t.module_id, SUM(t.time_spent_ms),"
                                         " SUM(CASE WHEN %2 THEN 1 ELSE 0 END), MAX(CASE WHEN %2 THEN %3 END),"
                                         " MAX(CASE WHEN %2 AND t.passed <> 0 THEN %3 END)"
                                         " FROM quiz_attempts t WHERE %1 GROUP BY t.trainee_id, t.module_id")
                                  .arg(filter, finished, percent),
                          values, m_lastError);
        if (!best)
            return {};
        while (best->next()) {
            ModuleProgress &p = entry(best->value(0).toString(), best->value(1).toString());
            p.timeSpentMs = best->value(2).toLongLong();
            p.finishedAttempts = best->value(3).toInt();
            if (!best->value(4).isNull()) {
                p.bestPercent = best->value(4).toDouble();
                p.passed = !best->value(5).isNull() && best->value(5).toDouble() == p.bestPercent;
            }
        }
        return result;
    }
    // First or Last: oldest first, so the first row of a module is its first attempt.
    auto quizzes = query(m_connection,
                         QStringLiteral("SELECT t.trainee_id, t.module_id, %2, t.passed, %3,"
                                        " t.time_spent_ms FROM quiz_attempts t WHERE %1"
                                        " ORDER BY t.started_at, t.id").arg(filter, finished, percent),
                         values, m_lastError);
    if (!quizzes)
        return {};
    QSet<QPair<QString, QString>> graded; // (trainee, module) that have a grade so far
    while (quizzes->next()) {
        const QString traineeId = quizzes->value(0).toString();
        ModuleProgress &p = entry(traineeId, quizzes->value(1).toString());
        p.timeSpentMs += quizzes->value(5).toLongLong();
        if (quizzes->value(2).toInt() == 0)
            continue;
        ++p.finishedAttempts;
        const bool first = !graded.contains({traineeId, p.moduleId});
        graded.insert({traineeId, p.moduleId});
        if (policy == GradePolicy::Last || first) {
            p.bestPercent = quizzes->value(4).toDouble();
            p.passed = quizzes->value(3).toInt() != 0;
        }
    }
    return result;
}

} // namespace khien
