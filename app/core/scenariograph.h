// Checks of a branching scenario's graph, and the most points a path through it can earn.
#pragma once

#include "course.h"

#include <QHash>

namespace khien {

struct ScenarioProblem
{
    QString nodeId; // the step, ending or choice concerned (empty: the scenario itself)
    QString message;
};

// Unknown targets, unreachable steps, dead ends, steps with no way to an ending, loops,
// routes whose last entry is conditional. Empty when the graph is sound.
[[nodiscard]] QVector<ScenarioProblem> checkScenarioGraph(const Question &scenario);
// The highest total of choice points over all paths from the start to an ending, routes
// followed as the points and facts so far decide; for a graph checkScenarioGraph found sound.
// Linear in the states reached (scenariostates.h); nullopt when they exceed
// limits::maxScenarioStates.
[[nodiscard]] std::optional<double> scenarioMaxPoints(const Question &scenario);

} // namespace khien
