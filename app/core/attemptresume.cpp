#include "attemptresume.h"

#include "course.h"

#include <QMap>

namespace khien {

ResumedAttempt resumeAttempt(const Quiz &quiz, const AttemptRecord &attempt,
                             const QVector<AnswerRecord> &answers,
                             const QVector<DecisionRecord> &decisions)
{
    QStringList order = attempt.questionOrder;
    if (order.isEmpty()) // attempts from before plans were stored: the file's order
        for (const Question &q : quiz.questions)
            order.append(q.id);
    ResumedAttempt resumed{QuizSession(quiz, replanAttempt(quiz, attempt.seed, order))};
    QSet<QString> answered;
    for (const AnswerRecord &a : answers) {
        answered.insert(a.questionId);
        if (!resumed.session.restore(a.questionId, a.chosen))
            ++resumed.droppedAnswers;
    }
    // A scenario left half-way: its decisions so far, in order.
    QMap<QString, QMap<int, QString>> paths;
    for (const DecisionRecord &d : decisions)
        if (!answered.contains(d.questionId))
            paths[d.questionId].insert(d.seq, d.choiceId);
    for (auto it = paths.cbegin(); it != paths.cend(); ++it)
        if (!resumed.session.restore(it.key(), it.value().values()))
            ++resumed.droppedAnswers;
    resumed.session.moveToFirstUnanswered();
    return resumed;
}

Quiz practiceQuiz(const QVector<Course> &courses, const QVector<MistakeRecord> &due,
                  QHash<QString, QPair<QString, QString>> *origins)
{
    Quiz practice;
    practice.id = QStringLiteral("practice");
    practice.passPercent = 100;
    for (const MistakeRecord &m : due) {
        for (const Course &course : courses) {
            const Module *module = course.module(m.moduleId);
            const Question *q = module && module->quiz && module->quiz->id == m.quizId
                ? module->quiz->question(m.questionId) : nullptr;
            // Question ids are unique within a quiz only: the first one due wins a clash.
            if (!q || practice.question(q->id))
                continue;
            practice.questions.append(*q);
            origins->insert(q->id, {m.moduleId, m.quizId});
        }
    }
    return practice;
}

} // namespace khien
