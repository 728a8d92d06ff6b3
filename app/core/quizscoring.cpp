#include "quizscoring.h"

#include "scenariostates.h"
#include "typedanswer.h"

#include <cmath>
#include <functional>

#include <QSet>

namespace khien {

namespace {

ScoredAnswer finish(double points)
{
    ScoredAnswer r;
    r.points = qBound(0.0, points, 1.0);
    // Sums of thirds and the like can land a hair under 1.
    r.correct = r.points > 1.0 - 1e-9;
    if (r.correct)
        r.points = 1.0;
    return r;
}

ScoredAnswer invalid()
{
    ScoredAnswer r;
    r.valid = false;
    return r;
}

bool allKnownAndUnique(const Question &q, const QStringList &chosen)
{
    const QSet<QString> picked(chosen.cbegin(), chosen.cend());
    if (picked.size() != chosen.size())
        return false;
    return std::all_of(chosen.cbegin(), chosen.cend(), [&](const QString &id) { return q.option(id); });
}

ScoredAnswer scoreOneOf(const Question &q, const QStringList &chosen)
{
    if (chosen.size() != 1 || !q.option(chosen.first()))
        return invalid();
    return finish(q.option(chosen.first())->correct ? 1.0 : 0.0);
}

ScoredAnswer scoreAnyOf(const Question &q, const QStringList &chosen)
{
    if (!allKnownAndUnique(q, chosen))
        return invalid();
    int correctCount = 0;
    int wrongCount = 0;
    for (const Option &o : q.options)
        (o.correct ? correctCount : wrongCount) += 1;
    double points = 0;
    for (const QString &id : chosen)
        points += q.option(id)->correct ? 1.0 / correctCount : -1.0 / wrongCount;
    return finish(points);
}

ScoredAnswer scoreOrdering(const Question &q, const QStringList &chosen)
{
    if (chosen.size() != q.options.size() || !allKnownAndUnique(q, chosen))
        return invalid();
    // The trainee's order as positions in the file's order.
    QVector<int> positions;
    for (const QString &id : chosen)
        positions.append(int(q.option(id) - q.options.constData()));
    if (const QVector<QPair<int, int>> pairs = orderingPrecedences(q); !pairs.isEmpty()) {
        QVector<int> placeOf(positions.size());
        for (int i = 0; i < positions.size(); ++i)
            placeOf[positions[i]] = i;
        const auto kept = std::count_if(pairs.cbegin(), pairs.cend(), [&](const QPair<int, int> &p) {
            return placeOf[p.first] < placeOf[p.second];
        });
        return finish(double(kept) / double(pairs.size()));
    }
    // L = longest increasing subsequence.
    QVector<int> longestEndingAt(positions.size(), 1);
    int longest = 1;
    for (int i = 0; i < positions.size(); ++i) {
        for (int j = 0; j < i; ++j)
            if (positions[j] < positions[i])
                longestEndingAt[i] = std::max(longestEndingAt[i], longestEndingAt[j] + 1);
        longest = std::max(longest, longestEndingAt[i]);
    }
    const int n = int(positions.size());
    return finish(n > 1 ? double(longest - 1) / (n - 1) : 1.0);
}

ScoredAnswer scoreMatching(const Question &q, const QStringList &chosen)
{
    if (chosen.size() != q.options.size())
        return invalid();
    int right = 0;
    for (int i = 0; i < chosen.size(); ++i) {
        if (!q.option(chosen[i]))
            return invalid();
        right += chosen[i] == q.options[i].id ? 1 : 0;
    }
    return finish(double(right) / chosen.size());
}

ScoredAnswer scoreScenario(const Question &q, const QStringList &chosen)
{
    const std::optional<ScenarioPosition> end = walkScenario(q, chosen);
    if (!end || !end->step->ending || q.scenarioMaxPoints <= 0)
        return invalid();
    return finish(end->points / q.scenarioMaxPoints);
}

ScoredAnswer scoreTyped(const Question &q, const QStringList &chosen)
{
    if (chosen.size() != 1 || !cleanTypedAnswer(chosen.first()))
        return invalid();
    const Option *best = bestAcceptedAnswer(q, chosen);
    return finish(best ? best->fraction : 0.0);
}

// Follows routes from `step` as the points and facts decide, until a step with choices or an
// ending.
const ScenarioStep *settle(const Question &q, const ScenarioStep *step, double points, const QSet<QString> &facts)
{
    for (int guard = 0; step && !step->ending && step->choices.isEmpty() && guard <= q.steps.size(); ++guard) {
        const auto route = std::find_if(step->routes.cbegin(), step->routes.cend(), [&](const ScenarioRoute &r) {
            return routeApplies(r, points, facts);
        });
        step = route == step->routes.cend() ? nullptr : q.step(route->next);
    }
    return step && (step->ending || !step->choices.isEmpty()) ? step : nullptr;
}

} // namespace

AnswerRecord answerRecord(const QString &attemptId, const Question &question,
                          const QStringList &chosen, const ScoredAnswer &scored)
{
    AnswerRecord a;
    a.attemptId = attemptId;
    a.questionId = question.id;
    a.questionType = questionTypeName(question.type);
    a.chosen = chosen;
    a.correct = scored.correct;
    a.points = scored.points;
    a.maxPoints = scored.maxPoints;
    return a;
}

const Option *bestAcceptedAnswer(const Question &q, const QStringList &chosen)
{
    if (!isTypedAnswer(q.type) || chosen.size() != 1 || !cleanTypedAnswer(chosen.first()))
        return nullptr;
    std::function<bool(const Option &)> accepts;
    if (q.type == QuestionType::ShortAnswer) {
        const TypedTextRules rules = typedTextRules(q);
        const QString typed = normalizeTypedText(chosen.first(), rules);
        accepts = [rules, typed](const Option &o) {
            for (const QString &pattern : {o.text.vi, o.text.en})
                if (!pattern.isEmpty() && wildcardMatch(normalizeTypedText(pattern, rules, true), typed))
                    return true;
            return false;
        };
    } else {
        const std::optional<double> typed = parseDecimal(chosen.first(), /*allowComma=*/true);
        if (!typed)
            return nullptr;
        accepts = [x = *typed](const Option &o) {
            const double allowance = 1e-9 * std::max(1.0, std::abs(o.value)); // 0.1 + 0.2 is 0.3
            return std::abs(x - o.value) <= o.tolerance + allowance;
        };
    }
    const Option *best = nullptr;
    for (const Option &o : q.options)
        if ((!best || o.fraction > best->fraction) && accepts(o))
            best = &o;
    return best;
}

QVector<QPair<int, int>> orderingPrecedences(const Question &q)
{
    const int n = int(q.options.size());
    // before[b][a]: a must come before b. Items only name earlier items (the reader checks),
    // so one pass in file order closes the relation.
    QVector<QVector<bool>> before(n, QVector<bool>(n, false));
    bool any = false;
    for (int b = 0; b < n; ++b)
        for (const QString &id : q.options.at(b).after) {
            const Option *a = q.option(id);
            const int ai = a ? int(a - q.options.constData()) : -1;
            if (ai < 0 || ai >= b)
                continue;
            any = true;
            before[b][ai] = true;
            for (int c = 0; c < ai; ++c)
                before[b][c] = before[b][c] || before[ai][c];
        }
    QVector<QPair<int, int>> pairs;
    if (!any)
        return pairs;
    for (int b = 0; b < n; ++b)
        for (int a = 0; a < b; ++a)
            if (before[b][a])
                pairs.append({a, b});
    return pairs;
}

QVector<bool> orderingItemsRight(const Question &q, const QStringList &chosen)
{
    const int n = int(q.options.size());
    QVector<bool> right(n, false);
    QVector<int> placeOf(n, -1);
    for (int i = 0; i < n; ++i)
        placeOf[i] = int(chosen.indexOf(q.options.at(i).id));
    const QVector<QPair<int, int>> pairs = orderingPrecedences(q);
    for (int i = 0; i < n; ++i)
        right[i] = pairs.isEmpty() ? placeOf[i] == i : placeOf[i] >= 0;
    for (const QPair<int, int> &p : pairs)
        if (placeOf[p.first] < 0 || placeOf[p.second] < 0 || placeOf[p.first] > placeOf[p.second])
            right[p.first] = right[p.second] = false;
    return right;
}

std::optional<ScenarioPosition> walkScenario(const Question &scenario, const QStringList &choices)
{
    ScenarioPosition at;
    at.step = settle(scenario, scenario.step(scenario.start), 0, at.facts);
    for (const QString &id : choices) {
        if (!at.step || at.step->ending)
            return std::nullopt;
        const ScenarioChoice *choice = at.step->choice(id);
        if (!choice)
            return std::nullopt;
        at.points += choice->points;
        for (const QString &f : choice->sets)
            at.facts.insert(f);
        at.step = settle(scenario, scenario.step(choice->next), at.points, at.facts);
    }
    if (!at.step)
        return std::nullopt;
    return at;
}

ScoredAnswer scoreAnswer(const Question &question, const QStringList &chosen)
{
    switch (question.type) {
    case QuestionType::Single:
    case QuestionType::TrueFalse:
    case QuestionType::MissingWord:
        return scoreOneOf(question, chosen);
    case QuestionType::Multiple:
    case QuestionType::RedFlags:
        return scoreAnyOf(question, chosen);
    case QuestionType::Ordering:
        return scoreOrdering(question, chosen);
    case QuestionType::Matching:
        return scoreMatching(question, chosen);
    case QuestionType::Scenario:
        return scoreScenario(question, chosen);
    case QuestionType::ShortAnswer:
    case QuestionType::Numeric:
        return scoreTyped(question, chosen);
    }
    return invalid();
}

} // namespace khien
