// Store: merging a checked results bundle, and the lesson readings a bundle carries. The
// merge is one write transaction on the store's own connection (which holds the write lock on
// either backend), so what it reads is what it builds on.
#include "store.h"

#include "bundlejson.h"
#include "resultsbundle.h"
#include "storesql.h"
#include "typedanswer.h"

#include <QUuid>

namespace khien {

namespace {

using storesql::toIso;

// The id under which a conflicting attempt from a bundle is kept: derived from its id and
// content, so importing the same bundle again finds it instead of adding another copy.
QString copyIdFor(const BundleAttempt &incoming)
{
    static const QUuid space(QStringLiteral("{5b0e3c1a-6f3e-4a53-9d2b-6b1f0c7e4a10}"));
    return QUuid::createUuidV5(space, incoming.record.id.toUtf8() + '\n'
                                              + attemptContent(incoming))
            .toString(QUuid::WithoutBraces);
}

std::optional<BundleAttempt> storedAttempt(const Store &store, const QString &id)
{
    const auto r = store.attempt(id);
    if (!r)
        return std::nullopt;
    return BundleAttempt{*r, store.answers(id), store.decisions(id)};
}

class Merge
{
public:
    Merge(const QString &conn, const Store &store, BundleImportReport &report, QString &error)
        : m_conn(conn), m_store(store), m_report(report), m_error(error) {}

    bool run(const QVector<BundleTrainee> &trainees, const QString &classId)
    {
        for (const BundleTrainee &t : trainees) {
            if (!addTrainee(t.trainee, classId))
                return false;
            for (const BundleLesson &l : t.lessons)
                if (!addLesson(t.trainee.id, l))
                    return false;
        }
        for (const BundleTrainee &t : trainees)
            for (const BundleAttempt &a : t.attempts)
                if (!mergeAttempt(t.trainee, a))
                    return false;
        return true;
    }

private:
    // The number of rows the statement changed, or nullopt.
    std::optional<int> exec(const QString &sql, const QVariantList &values)
    {
        CoreError failed;
        const auto q = storesql::query(m_conn, sql, values, failed);
        if (!q)
            m_error = failed.detail;
        return q ? std::optional(q->numRowsAffected()) : std::nullopt;
    }

    bool addTrainee(const Trainee &t, const QString &classId)
    {
        const auto added = exec(QStringLiteral("INSERT INTO trainees (id, display_name,"
                                               " group_code, created_at) SELECT ?, ?, ?, ?"
                                               " WHERE NOT EXISTS"
                                               " (SELECT 1 FROM trainees WHERE id = ?)"),
                                {t.id, t.displayName, storesql::text(t.groupCode),
                                 toIso(t.createdAt), t.id});
        if (!added)
            return false;
        const auto joined = exec(QStringLiteral("INSERT INTO class_members (class_id,"
                                                " trainee_id, added_at) VALUES (?, ?, ?)"
                                                " ON CONFLICT DO NOTHING"),
                                 {classId, t.id, toIso({})});
        if (!joined)
            return false;
        m_report.traineesAdded += *added;
        m_report.traineesJoinedClass += *joined;
        return true;
    }

    bool addLesson(const QString &traineeId, const BundleLesson &l)
    {
        const QString readAt = toIso(l.firstReadAt);
        const auto added = exec(QStringLiteral("INSERT INTO lesson_progress (trainee_id,"
                                               " module_id, lesson_id, first_read_at)"
                                               " VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"),
                                {traineeId, l.moduleId, l.lessonId, readAt});
        if (!added)
            return false;
        if (*added == 1) {
            ++m_report.lessonsAdded;
            return true;
        }
        // Times are fixed-width UTC text (toIso), so text order is time order.
        if (!exec(QStringLiteral("UPDATE lesson_progress SET first_read_at = ?"
                                 " WHERE trainee_id = ? AND lesson_id = ? AND first_read_at > ?"),
                  {readAt, traineeId, l.lessonId, readAt}))
            return false;
        ++m_report.lessonsAlreadyThere;
        return true;
    }

    bool mergeAttempt(const Trainee &t, const BundleAttempt &a)
    {
        const auto here = storedAttempt(m_store, a.record.id);
        if (!here) {
            if (!insertAttempt(a.record.id, a))
                return false;
            ++m_report.attemptsAdded;
            return true;
        }
        if (attemptContent(*here) == attemptContent(a)) {
            ++m_report.attemptsAlreadyThere;
            return true;
        }
        const QString copyId = copyIdFor(a);
        if (const auto copy = storedAttempt(m_store, copyId)) {
            if (attemptContent(*copy) != attemptContent(a)) {
                m_error = ResultsBundle::tr("attempt %1 clashes with attempt %2")
                                  .arg(a.record.id, copyId);
                return false;
            }
            ++m_report.attemptsAlreadyThere; // this conflict was merged before
            return true;
        }
        if (!insertAttempt(copyId, a))
            return false;
        ++m_report.conflicts;
        m_report.conflictNotes.append(
                ResultsBundle::tr("Attempt %1 (trainee %2, quiz %3) differs from the one "
                                  "already here; both are kept, the bundle's as %4.")
                        .arg(a.record.id, t.displayName, a.record.quizId, copyId));
        return true;
    }

    // Inserts `a` under `id`, with its answers (the store's trigger adds up the attempt's
    // totals) and decisions. True when every row was added.
    bool insertAttempt(const QString &id, const BundleAttempt &a)
    {
        const AttemptRecord &r = a.record;
        const QVariant finished = r.isFinished() ? QVariant(toIso(r.finishedAt)) : QVariant();
        const QVariant passed = r.isFinished() ? QVariant(r.passed ? 1 : 0) : QVariant();
        auto one = [&](const QString &sql, const QVariantList &values) {
            const auto changed = exec(sql, values);
            if (changed && *changed != 1)
                m_error = ResultsBundle::tr("attempt %1 could not be added").arg(id);
            return changed == 1;
        };
        if (!one(QStringLiteral("INSERT INTO quiz_attempts (id, trainee_id, module_id, quiz_id,"
                                " content_version, language, pass_percent, max_score, started_at,"
                                " finished_at, passed, seed, mode, question_order, abandoned)"
                                " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                                " WHERE NOT EXISTS (SELECT 1 FROM quiz_attempts WHERE id = ?)"),
                 {id, r.traineeId, r.moduleId, r.quizId, storesql::text(r.contentVersion),
                  storesql::text(r.language), r.passPercent, r.maxScore, toIso(r.startedAt),
                  finished, passed, qint64(r.seed), storesql::text(r.mode),
                  storesql::text(r.questionOrder.join(QLatin1Char(','))), r.abandoned ? 1 : 0,
                  id}))
            return false;
        for (const AnswerRecord &n : a.answers) {
            if (!one(QStringLiteral("INSERT INTO answers (attempt_id, question_id, question_type,"
                                    " chosen, correct, points, max_points, time_taken_ms,"
                                    " language, content_version, answered_at, position)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                     {id, n.questionId, storesql::text(n.questionType),
                      storesql::text(joinChosen(n.questionType, n.chosen)), n.correct ? 1 : 0,
                      n.points, n.maxPoints, n.timeTakenMs, storesql::text(n.language),
                      storesql::text(n.contentVersion), toIso(n.answeredAt), n.position}))
                return false;
        }
        for (const DecisionRecord &d : a.decisions) {
            if (!one(QStringLiteral("INSERT INTO decisions (attempt_id, question_id, seq,"
                                    " step_id, choice_id, points, decided_at)"
                                    " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                     {id, d.questionId, d.seq, d.stepId, d.choiceId, d.points,
                      toIso(d.decidedAt)}))
                return false;
        }
        return true;
    }

    const QString m_conn;
    const Store &m_store;
    BundleImportReport &m_report;
    QString &m_error;
};

} // namespace

bool Store::mergeBundle(const QVector<BundleTrainee> &trainees, const QString &classId,
                        BundleImportReport &report, QString &error)
{
    const BundleImportReport before = report;
    Merge merge(m_connection, *this, report, error);
    const bool merged = storesql::inWriteTransaction(m_connection, m_lastError, [&] {
        report = before; // the work may run again (PostgreSQL): count once
        return merge.run(trainees, classId);
    });
    if (!merged && error.isEmpty())
        error = m_lastError.detail;
    return merged;
}

std::optional<QVector<LessonRead>> Store::lessonReadings() const
{
    m_lastError = {};
    auto found = storesql::rows(m_connection,
                          QStringLiteral("SELECT trainee_id, module_id, lesson_id, first_read_at"
                                         " FROM lesson_progress"
                                         " ORDER BY trainee_id, first_read_at, lesson_id"),
                          {}, m_lastError, +[](const QSqlQuery &q) {
                              return LessonRead{q.value(0).toString(), q.value(1).toString(),
                                                q.value(2).toString(), storesql::fromIso(q.value(3))};
                          });
    return m_lastError.isError() ? std::nullopt : std::optional(found);
}

} // namespace khien
