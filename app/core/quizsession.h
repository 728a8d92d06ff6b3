// One run through a quiz: the current question, the answers given, the score and the verdict.
// Pure logic; the UI controller saves each answer to the store as it is given.
#pragma once

#include "course.h"
#include "quizscoring.h"

#include <QVector>
#include <optional>

namespace khien {

class QuizSession
{
public:
    explicit QuizSession(Quiz quiz);

    [[nodiscard]] const Quiz &quiz() const { return m_quiz; }
    [[nodiscard]] int questionCount() const { return int(m_quiz.questions.size()); }
    [[nodiscard]] int currentIndex() const { return m_current; }
    [[nodiscard]] const Question &currentQuestion() const { return m_quiz.questions.at(m_current); }
    [[nodiscard]] bool isCurrentAnswered() const { return m_answers.at(m_current).has_value(); }
    [[nodiscard]] QStringList chosenForCurrent() const { return m_chosen.at(m_current); }
    [[nodiscard]] std::optional<ScoredAnswer> answerForCurrent() const { return m_answers.at(m_current); }

    // Scores `chosen` for the current question. Refused (nullopt) when the question was already
    // answered or `chosen` is not a valid answer to it.
    [[nodiscard]] std::optional<ScoredAnswer> answer(const QStringList &chosen);
    // Moves to the next question once the current one is answered; false on the last one.
    bool next();
    [[nodiscard]] bool isLastQuestion() const { return m_current + 1 >= questionCount(); }
    [[nodiscard]] bool isComplete() const { return answeredCount() == questionCount(); }
    [[nodiscard]] int answeredCount() const;

    [[nodiscard]] double score() const;
    [[nodiscard]] double maxScore() const { return questionCount(); }
    [[nodiscard]] double percent() const;
    // Passed when the score reaches the quiz's pass mark (a share of the maximum score).
    [[nodiscard]] bool passed() const;

private:
    Quiz m_quiz;
    int m_current = 0;
    QVector<std::optional<ScoredAnswer>> m_answers;
    QVector<QStringList> m_chosen;
};

} // namespace khien
