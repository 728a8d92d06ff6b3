// How an answer to one question is scored; every question is worth one point.
// - single, truefalse: 1 for the correct option, 0 otherwise;
// - multiple and redflags (flags are the correct options): each correct option chosen earns
//   1/C, each wrong one costs 1/W (C, W = numbers of correct and wrong options), floored at 0,
//   so choosing everything scores 0, the same as choosing nothing;
// - ordering: (L - 1) / (n - 1), L = longest run of items in the right relative order
//   (longest common subsequence with the correct order), n items: reversed scores 0;
// - matching: 1/n per left item given its own partner;
// - scenario: points along the path / the most points any path earns.
// An answer counts as correct only with full points.
#pragma once

#include "course.h"
#include "storerecords.h"

#include <QStringList>

namespace khien {

struct ScoredAnswer
{
    double points = 0;
    double maxPoints = 1;
    bool correct = false;
    bool valid = true; // false when `chosen` is not a possible answer to the question
};

// `chosen`: option ids (single, multiple, truefalse, redflags: the parts marked); item ids in
// the trainee's order (ordering); for each pair in the file's order, the id of the pair whose
// right side was given to it (matching); choice ids along the path (scenario).
[[nodiscard]] ScoredAnswer scoreAnswer(const Question &question, const QStringList &chosen);

// An answer ready for the store: the question, what was chosen and how it scored. The caller
// adds what only it knows: time taken, language, content version, time and position.
[[nodiscard]] AnswerRecord answerRecord(const QString &attemptId, const Question &question,
                                        const QStringList &chosen, const ScoredAnswer &scored);

// Where a scenario path leads: the step (or ending) reached and the points so far, following
// routes automatically. Empty when `choices` is not a possible path.
struct ScenarioPosition
{
    const ScenarioStep *step = nullptr;
    double points = 0;
};
[[nodiscard]] std::optional<ScenarioPosition> walkScenario(const Question &scenario, const QStringList &choices);

} // namespace khien
