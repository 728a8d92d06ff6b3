#include "scenariograph.h"

#include <QCoreApplication>
#include <QSet>

namespace khien {

namespace {

class Graph
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit Graph(const Question &q) : m_q(q) {}

    QVector<ScenarioProblem> check()
    {
        const ScenarioStep *start = m_q.step(m_q.start);
        if (!start)
            add({}, tr("scenario \"%1\": start step \"%2\" does not exist").arg(m_q.id, m_q.start));
        else if (start->ending)
            add(start->id, tr("scenario \"%1\" starts at an ending").arg(m_q.id));

        for (const ScenarioStep &step : m_q.steps) {
            if (step.ending)
                continue;
            if (step.choices.isEmpty() && step.routes.isEmpty())
                add(step.id, tr("step \"%1\" is a dead end: it has no <choice> or <route>").arg(step.id));
            if (!step.choices.isEmpty() && !step.routes.isEmpty())
                add(step.id, tr("step \"%1\" has both choices and routes; use one or the other").arg(step.id));
            for (const ScenarioChoice &c : step.choices)
                if (!m_q.step(c.next))
                    add(c.id, tr("choice \"%1\" leads to \"%2\", which is not a step or ending of this scenario").arg(c.id, c.next));
            for (const ScenarioRoute &r : step.routes)
                if (!m_q.step(r.next))
                    add(step.id, tr("a route of step \"%1\" leads to \"%2\", which is not a step or ending of this scenario").arg(step.id, r.next));
            if (!step.routes.isEmpty() && step.routes.constLast().minPoints)
                add(step.id, tr("the last route of step \"%1\" must have no minPoints, so every trainee can go on").arg(step.id));
        }
        if (!m_problems.isEmpty() || !start)
            return m_problems;

        // Loops first: they often leave endings unreachable too, and are the thing to fix.
        const QSet<QString> reached = reachableFrom(start->id);
        const QSet<QString> exits = stepsThatReachAnEnding();
        for (const ScenarioStep &step : m_q.steps)
            if (!step.ending && reached.contains(step.id) && !exits.contains(step.id))
                add(step.id, tr("from step \"%1\" no ending can be reached (a loop without exit)").arg(step.id));
        for (const ScenarioStep &step : m_q.steps)
            if (!reached.contains(step.id))
                add(step.id, tr("\"%1\" cannot be reached from the start step \"%2\"").arg(step.id, start->id));
        return m_problems;
    }

private:
    static QStringList targets(const ScenarioStep &step)
    {
        QStringList next;
        for (const ScenarioChoice &c : step.choices)
            next.append(c.next);
        for (const ScenarioRoute &r : step.routes)
            next.append(r.next);
        return next;
    }

    QSet<QString> reachableFrom(const QString &id) const
    {
        QSet<QString> seen{id};
        QStringList todo{id};
        while (!todo.isEmpty()) {
            const ScenarioStep *step = m_q.step(todo.takeLast());
            for (const QString &next : targets(*step))
                if (!seen.contains(next)) {
                    seen.insert(next);
                    todo.append(next);
                }
        }
        return seen;
    }

    QSet<QString> stepsThatReachAnEnding() const
    {
        QSet<QString> good;
        for (const ScenarioStep &s : m_q.steps)
            if (s.ending)
                good.insert(s.id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const ScenarioStep &s : m_q.steps) {
                if (good.contains(s.id))
                    continue;
                const QStringList next = targets(s);
                if (std::any_of(next.cbegin(), next.cend(), [&](const QString &n) { return good.contains(n); })) {
                    good.insert(s.id);
                    grew = true;
                }
            }
        }
        return good;
    }

    void add(const QString &node, const QString &message) { m_problems.append({node, message}); }

    const Question &m_q;
    QVector<ScenarioProblem> m_problems;
};

double bestFrom(const Question &q, const ScenarioStep &step, double points, QSet<QString> &onPath)
{
    if (step.ending)
        return points;
    double best = -1;
    onPath.insert(step.id);
    if (!step.choices.isEmpty()) {
        for (const ScenarioChoice &c : step.choices) {
            const ScenarioStep *next = q.step(c.next);
            if (next && !onPath.contains(next->id))
                best = std::max(best, bestFrom(q, *next, points + c.points, onPath));
        }
    } else {
        for (const ScenarioRoute &r : step.routes) {
            if (r.minPoints && points < *r.minPoints)
                continue;
            const ScenarioStep *next = q.step(r.next);
            if (next && !onPath.contains(next->id))
                best = bestFrom(q, *next, points, onPath);
            break; // the first route that applies is the one taken
        }
    }
    onPath.remove(step.id);
    return best;
}

} // namespace

QVector<ScenarioProblem> checkScenarioGraph(const Question &scenario)
{
    return Graph(scenario).check();
}

double scenarioMaxPoints(const Question &scenario)
{
    const ScenarioStep *start = scenario.step(scenario.start);
    if (!start)
        return 0;
    QSet<QString> onPath;
    return std::max(0.0, bestFrom(scenario, *start, 0, onPath));
}

} // namespace khien
