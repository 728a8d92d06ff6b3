// Every path of a scenario, explored as states rather than enumerated: a path is known by the
// step it reached, its points so far, the facts its choices set and the worst choice on it,
// and each such state is visited once. A 40-layer scenario has 2^40 paths but only a few
// thousand states; a budget (limits::maxScenarioStates) stops a graph with more.
#pragma once

#include "course.h"

namespace khien {

// An ending whose outcome contradicts the choices on a path that reaches it.
struct ScenarioContradiction
{
    enum class Kind {
        BadChoiceGoodEnding, // a path with a bad choice ends with outcome="good"
        GoodPathBadEnding,   // a path of good choices only ends with outcome="bad"
    };
    Kind kind = Kind::BadChoiceGoodEnding;
    QString endingId;
    QStringList path; // the choice ids, from the start (the shortest such path)
};

struct ScenarioExploration
{
    bool exceeded = false; // more than limits::maxScenarioStates states: nothing else is set
    int states = 0;
    double maxPoints = 0;  // the most points any path earns
    QStringList bestPath;  // most points, then the best outcome, then the fewest choices
    // Only when every choice has a quality; one per ending and kind.
    QVector<ScenarioContradiction> contradictions;
};

// For a scenario whose graph checkScenarioGraph found sound (no loops, every route list ends
// with an unconditional route).
[[nodiscard]] ScenarioExploration exploreScenario(const Question &scenario);

// Whether `route` is taken with these points and facts (course.h: ScenarioRoute).
[[nodiscard]] bool routeApplies(const ScenarioRoute &route, double points, const QSet<QString> &facts);

} // namespace khien
