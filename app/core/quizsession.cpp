#include "quizsession.h"

namespace khien {

namespace {
AttemptPlan filePlan(const Quiz &quiz)
{
    AttemptPlan plan;
    for (const Question &q : quiz.questions) {
        plan.questionOrder.append(q.id);
        QStringList ids;
        for (const Option &o : q.options)
            ids.append(o.id);
        plan.optionOrder.insert(q.id, ids);
    }
    return plan;
}
} // namespace

QuizSession::QuizSession(Quiz quiz)
    : QuizSession(quiz, filePlan(quiz))
{
}

QuizSession::QuizSession(Quiz quiz, AttemptPlan plan)
    : m_quiz(std::move(quiz)),
      m_plan(std::move(plan)),
      m_answers(m_plan.questionOrder.size()),
      m_chosen(m_plan.questionOrder.size())
{
}

const Question &QuizSession::questionAt(int index) const
{
    return *m_quiz.question(m_plan.questionOrder.at(index));
}

int QuizSession::indexOf(const QString &questionId) const
{
    return int(m_plan.questionOrder.indexOf(questionId));
}

std::optional<ScoredAnswer> QuizSession::answer(const QStringList &chosen)
{
    if (questionCount() == 0 || isCurrentAnswered() || currentQuestion().type == QuestionType::Scenario)
        return std::nullopt;
    const ScoredAnswer scored = scoreAnswer(currentQuestion(), chosen);
    if (!scored.valid)
        return std::nullopt;
    m_answers[m_current] = scored;
    m_chosen[m_current] = chosen;
    return scored;
}

std::optional<ScenarioPosition> QuizSession::scenarioPosition() const
{
    if (questionCount() == 0 || currentQuestion().type != QuestionType::Scenario)
        return std::nullopt;
    return walkScenario(currentQuestion(), m_chosen.at(m_current));
}

std::optional<ScenarioChoice> QuizSession::choose(const QString &choiceId)
{
    const std::optional<ScenarioPosition> at = scenarioPosition();
    if (!at || at->step->ending || isCurrentAnswered())
        return std::nullopt;
    const ScenarioChoice *choice = at->step->choice(choiceId);
    if (!choice)
        return std::nullopt;
    m_chosen[m_current].append(choiceId);
    const ScoredAnswer scored = scoreAnswer(currentQuestion(), m_chosen[m_current]);
    if (scored.valid) // an ending was reached
        m_answers[m_current] = scored;
    return *choice;
}

bool QuizSession::restore(const QString &questionId, const QStringList &chosen)
{
    const int index = indexOf(questionId);
    if (index < 0)
        return false;
    const Question &q = questionAt(index);
    const ScoredAnswer scored = scoreAnswer(q, chosen);
    if (q.type == QuestionType::Scenario && !scored.valid) {
        if (!walkScenario(q, chosen))
            return false;
        m_chosen[index] = chosen; // a path not yet at its ending
        return true;
    }
    if (!scored.valid)
        return false;
    m_answers[index] = scored;
    m_chosen[index] = chosen;
    return true;
}

void QuizSession::moveToFirstUnanswered()
{
    m_current = 0;
    while (m_current + 1 < questionCount() && m_answers.at(m_current))
        ++m_current;
}

bool QuizSession::next()
{
    if (!isCurrentAnswered() || isLastQuestion())
        return false;
    ++m_current;
    return true;
}

bool QuizSession::goTo(int index)
{
    if (index < 0 || index >= questionCount())
        return false;
    m_current = index;
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
