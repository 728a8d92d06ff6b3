// The use case "a trainee takes a quiz", without any UI: the quiz session and every write it
// makes. Starting an attempt (closing an interrupted one) is one transaction; each answer is
// one transaction holding the scenario decision, the answer (the attempt's totals follow from
// it) and the practice schedule, so a failed write leaves nothing half-written and the same
// answer can simply be given again. The session moves on only once the write is committed:
// what the trainee sees is what is stored. QuizController (app/ui) adapts this for QML.
#pragma once

#include "coreerror.h"
#include "course.h"
#include "quizsession.h"

#include <QDateTime>
#include <QHash>
#include <QPair>

#include <optional>

namespace khien {

class Store;

class AttemptRecorder
{
public:
    struct Context
    {
        QString traineeId;
        QString moduleId;
        QString attemptId; // empty for practice of mistakes: nothing graded is stored
        QString contentVersion;
        // practice of mistakes: question id -> {module id, quiz id} it came from
        QHash<QString, QPair<QString, QString>> origins;
    };

    // What the caller knows about an answer: how long the question was shown, the language
    // it was shown in, and when (invalid: now).
    struct Shown
    {
        qint64 timeTakenMs = 0;
        QString language;
        QDateTime at;
    };

    AttemptRecorder(Store &store, QuizSession session, Context context);

    // A new graded attempt at `module`'s quiz with a plan drawn from `seed`; an unfinished
    // attempt of the trainee at that quiz is abandoned in the same transaction. nullopt with
    // `error` set when the module has no quiz or nothing could be stored.
    [[nodiscard]] static std::optional<AttemptRecorder>
    startNew(Store &store, const Module &module, const QString &contentVersion,
             const QString &traineeId, const QString &language, quint32 seed, CoreError *error);
    // The trainee's interrupted attempt at `module`'s quiz, at the question where it stopped;
    // nullopt when there is none. `droppedAnswers` gets the stored answers that no longer fit.
    [[nodiscard]] static std::optional<AttemptRecorder>
    resume(Store &store, const Module &module, const QString &contentVersion,
           const QString &traineeId, int *droppedAnswers);
    // A practice round of the trainee's questions due now (nothing graded is stored; the
    // practice schedule is); nullopt when none is due.
    [[nodiscard]] static std::optional<AttemptRecorder>
    practice(Store &store, const QVector<Course> &courses, const QString &traineeId, quint32 seed);

    [[nodiscard]] const QuizSession &session() const { return m_session; }
    [[nodiscard]] const Context &context() const { return m_context; }
    [[nodiscard]] bool isPractice() const { return m_context.attemptId.isEmpty(); }
    [[nodiscard]] bool isFinished() const { return m_finished; }

    // Scores and stores an answer to the current question (not a scenario). NotAnswerable
    // when the session takes no answer now, InvalidAnswer when `chosen` is not a possible
    // answer, a storage error when nothing was stored (the session is unchanged then).
    [[nodiscard]] CoreError submit(const QStringList &chosen, const Shown &shown);
    // Takes a choice at the current scenario step and stores the decision; on reaching an
    // ending, the path is the answer and is stored with it. Errors as submit().
    [[nodiscard]] CoreError choose(const QString &choiceId, const Shown &shown);
    // The next question; false on the last one.
    bool next();
    // Question `index`, answered or not (a live session paced by the instructor).
    bool goTo(int index);
    // Ends the attempt (unanswered questions count as wrong) and stores its verdict. The
    // session is finished even when storing fails (the answers are stored already).
    [[nodiscard]] CoreError finish();

private:
    [[nodiscard]] AnswerRecord answerFor(const QStringList &chosen, const ScoredAnswer &scored,
                                         const Shown &shown) const;
    [[nodiscard]] PracticeOutcome practiceFor(const Question &q, bool correct, const QDateTime &at) const;

    Store *m_store;
    QuizSession m_session;
    Context m_context;
    bool m_finished = false;
};

} // namespace khien
