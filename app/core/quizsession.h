// One run through a quiz: the questions of its plan in order, the answers given, a branching
// scenario's path so far, the score and the verdict. Pure logic; the UI controller saves each
// answer and decision to the store as it is given.
#pragma once

#include "attemptplan.h"
#include "course.h"
#include "quizscoring.h"

#include <QVector>
#include <optional>

namespace khien {

class QuizSession
{
public:
    // Every question in the file's order, options unshuffled.
    explicit QuizSession(Quiz quiz);
    QuizSession(Quiz quiz, AttemptPlan plan);

    [[nodiscard]] const Quiz &quiz() const { return m_quiz; }
    [[nodiscard]] const AttemptPlan &plan() const { return m_plan; }
    [[nodiscard]] int questionCount() const { return int(m_plan.questionOrder.size()); }
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] const Question &currentQuestion() const { return questionAt(m_current); }
    [[nodiscard]] const Question &questionAt(int index) const;
    // The current question's option ids in the order shown.
    [[nodiscard]] QStringList optionOrder() const { return m_plan.optionsOf(currentQuestion().id); }
    [[nodiscard]] bool isCurrentAnswered() const { return m_answers.at(m_current).has_value(); }
    [[nodiscard]] QStringList chosenForCurrent() const { return m_chosen.at(m_current); }
    [[nodiscard]] std::optional<ScoredAnswer> answerForCurrent() const { return m_answers.at(m_current); }
    [[nodiscard]] std::optional<ScoredAnswer> answerAt(int index) const { return m_answers.at(index); }
    [[nodiscard]] QStringList chosenAt(int index) const { return m_chosen.at(index); }

    // Scores `chosen` for the current question. Refused (nullopt) when it was already answered,
    // when `chosen` is not a valid answer to it, or for a scenario (see choose()).
    [[nodiscard]] std::optional<ScoredAnswer> answer(const QStringList &chosen);

    // Scenario questions: the choices taken so far and where they lead.
    [[nodiscard]] QStringList scenarioPath() const { return m_chosen.at(m_current); }
    [[nodiscard]] std::optional<ScenarioPosition> scenarioPosition() const;
    // Takes `choiceId` at the current step; nullopt when it is not a choice there. On reaching
    // an ending the path becomes the question's answer.
    [[nodiscard]] std::optional<ScenarioChoice> choose(const QString &choiceId);

    // Resuming: puts back an answer (or a scenario's partial path) read from the store.
    // False when it no longer fits the question (the content changed).
    bool restore(const QString &questionId, const QStringList &chosen);
    // Goes to the first question without an answer (the last one when all are answered).
    void moveToFirstUnanswered();

    // Moves to the next question once the current one is answered; false on the last one.
    bool next();
    // Moves to question `index`, answered or not (a live session paced by the instructor);
    // false when there is no such question.
    bool goTo(int index);
    [[nodiscard]] bool isLastQuestion() const { return m_current + 1 >= questionCount(); }
    [[nodiscard]] bool isComplete() const { return answeredCount() == questionCount(); }
    [[nodiscard]] int answeredCount() const;

    [[nodiscard]] double score() const;
    [[nodiscard]] double maxScore() const { return questionCount(); }
    [[nodiscard]] double percent() const;
    // Passed when the score reaches the quiz's pass mark (a share of the maximum score).
    [[nodiscard]] bool passed() const;

private:
    [[nodiscard]] int indexOf(const QString &questionId) const;

    Quiz m_quiz;
    AttemptPlan m_plan;
    int m_current = 0;
    QVector<std::optional<ScoredAnswer>> m_answers;
    QVector<QStringList> m_chosen; // answers; for a scenario in progress, its path so far
};

} // namespace khien
