#include "quizsession.h"

namespace khien {

QuizSession::QuizSession(Quiz quiz)
    : m_quiz(std::move(quiz)),
      m_answers(m_quiz.questions.size()),
      m_chosen(m_quiz.questions.size())
{
}

std::optional<ScoredAnswer> QuizSession::answer(const QStringList &chosen)
{
    if (questionCount() == 0 || isCurrentAnswered())
        return std::nullopt;
    const ScoredAnswer scored = scoreAnswer(currentQuestion(), chosen);
    if (!scored.valid)
        return std::nullopt;
    m_answers[m_current] = scored;
    m_chosen[m_current] = chosen;
    return scored;
}

bool QuizSession::next()
{
    if (!isCurrentAnswered() || isLastQuestion())
        return false;
    ++m_current;
    return true;
}

int QuizSession::answeredCount() const
{
    return int(std::count_if(m_answers.cbegin(), m_answers.cend(),
                             [](const auto &a) { return a.has_value(); }));
}

double QuizSession::score() const
{
    double total = 0;
    for (const auto &a : m_answers)
        total += a ? a->points : 0.0;
    return total;
}

double QuizSession::percent() const
{
    return maxScore() > 0 ? 100.0 * score() / maxScore() : 0.0;
}

bool QuizSession::passed() const
{
    // Compare in points, with a tolerance, so 7 of 10 passes a 70% mark despite rounding.
    return score() + 1e-9 >= maxScore() * m_quiz.passPercent / 100.0;
}

} // namespace khien
