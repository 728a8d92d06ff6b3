// Store: the practice set of "practise my mistakes", one Leitner state per question.
#include "store.h"

#include "leitner.h"
#include "storesql.h"

#include <QSqlQuery>

namespace khien {

using namespace storesql;

namespace {

MistakeRecord mistakeFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toInt(), fromIso(q.value(5))};
}

} // namespace

bool Store::recordPracticeOutcome(const QString &traineeId, const QString &moduleId,
                                  const QString &quizId, const QString &questionId, bool correct,
                                  const QDateTime &now)
{
    const PracticeOutcome outcome{traineeId, moduleId, quizId, questionId, correct, now};
    return inWriteTransaction(m_connection, m_lastError, [&] { return updatePractice(outcome); });
}

bool Store::updatePractice(const PracticeOutcome &outcome)
{
    // Read and write in one write transaction (the caller's): a second window answering the
    // same question waits for this one instead of overwriting its box.
    const QVariantList key{text(outcome.traineeId), text(outcome.quizId), text(outcome.questionId)};
    LeitnerState current;
    {
        auto q = query(m_connection,
                       QStringLiteral("SELECT box, due_at FROM mistakes WHERE trainee_id = ?"
                                      " AND quiz_id = ? AND question_id = ?"),
                       key, m_lastError);
        if (!q)
            return false;
        if (q->next())
            current = {q->value(0).toInt(), fromIso(q->value(1))};
    }
    const LeitnerState next = nextLeitnerState(current, outcome.correct, outcome.at);
    if (next.box == 0) {
        return current.box == 0
                || query(m_connection,
                         QStringLiteral("DELETE FROM mistakes WHERE trainee_id = ?"
                                        " AND quiz_id = ? AND question_id = ?"),
                         key, m_lastError)
                           .has_value();
    }
    return query(m_connection,
                 QStringLiteral("INSERT INTO mistakes (trainee_id, module_id, quiz_id,"
                                " question_id, box, due_at, updated_at)"
                                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                                " ON CONFLICT (trainee_id, quiz_id, question_id) DO UPDATE SET"
                                " module_id = excluded.module_id, box = excluded.box,"
                                " due_at = excluded.due_at, updated_at = excluded.updated_at"),
                 {text(outcome.traineeId), text(outcome.moduleId), text(outcome.quizId),
                  text(outcome.questionId), next.box, toIso(next.dueAt), toIso(outcome.at)},
                 m_lastError)
            .has_value();
}

QVector<MistakeRecord> Store::dueMistakes(const QString &traineeId, const QDateTime &now) const
{
    // Time stamps are fixed-width UTC text, so comparing and ordering the text is by time.
    return rows(m_connection,
                QStringLiteral("SELECT trainee_id, module_id, quiz_id, question_id, box, due_at"
                               " FROM mistakes WHERE trainee_id = ? AND due_at <= ?"
                               " ORDER BY due_at, quiz_id, question_id"),
                {text(traineeId), toIso(now)}, m_lastError, &mistakeFrom);
}

int Store::dueMistakeCount(const QString &traineeId, const QDateTime &now) const
{
    auto q = query(m_connection,
                   QStringLiteral("SELECT COUNT(*) FROM mistakes WHERE trainee_id = ?"
                                  " AND due_at <= ?"),
                   {text(traineeId), toIso(now)}, m_lastError);
    return q && q->next() ? q->value(0).toInt() : 0;
}

} // namespace khien
