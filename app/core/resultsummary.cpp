#include "resultsummary.h"

#include "quizscoring.h"

#include <QtMath>

namespace khien {

namespace {

PathNode nodeOf(const ScenarioStep &step)
{
    return {step.id, step.text, step.ending, step.outcome};
}

} // namespace

ScenarioPath scenarioPathOf(const Question &scenario, const QStringList &choices)
{
    ScenarioPath path;
    path.questionId = scenario.id;
    path.prompt = scenario.prompt;
    QStringList walked;
    for (const QString &choiceId : choices) {
        const std::optional<ScenarioPosition> at = walkScenario(scenario, walked);
        const ScenarioChoice *choice = at ? at->step->choice(choiceId) : nullptr;
        if (!choice)
            return {};
        if (path.nodes.isEmpty())
            path.nodes.append(nodeOf(*at->step));
        walked.append(choiceId);
        const std::optional<ScenarioPosition> next = walkScenario(scenario, walked);
        if (!next)
            return {};
        path.nodes.append(nodeOf(*next->step));
        const int to = int(path.nodes.size()) - 1;
        path.edges.append({to - 1, to, choice->id, choice->text, choice->quality, choice->points});
    }
    if (!path.nodes.isEmpty() && path.nodes.constLast().ending) {
        const ScenarioStep *end = scenario.step(path.nodes.constLast().id);
        path.outcome = end->outcome;
        path.endingSummary = end->summary;
    }
    return path;
}

ResultSummary summarizeResult(const QuizSession &session, const Lesson *lesson)
{
    ResultSummary s;
    s.score = session.score();
    s.maxScore = session.maxScore();
    s.percent = qRound(session.percent());
    s.passed = session.passed();
    if (lesson) {
        s.lessonId = lesson->id;
        s.lessonTitle = lesson->title;
    }
    for (int i = 0; i < session.questionCount(); ++i) {
        const Question &q = session.questionAt(i);
        const std::optional<ScoredAnswer> answer = session.answerAt(i);
        const QuestionResult r{q.id, q.prompt, answer ? answer->points : 0};
        (answer && answer->correct ? s.wentWell : s.reviewNext).append(r);
        if (q.type == QuestionType::Scenario && answer) {
            ScenarioPath path = scenarioPathOf(q, session.chosenAt(i));
            if (!path.nodes.isEmpty()) {
                path.points = answer->points;
                s.scenarios.append(path);
            }
        }
    }
    return s;
}

QString moduleStatusName(const ModuleProgress &progress)
{
    if (progress.passed)
        return QStringLiteral("passed");
    if (progress.finishedAttempts > 0)
        return QStringLiteral("not-passed");
    if (progress.lessonsRead > 0 || progress.timeSpentMs > 0)
        return QStringLiteral("in-progress");
    return QStringLiteral("not-started");
}

} // namespace khien
