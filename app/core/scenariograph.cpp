#include "scenariograph.h"

#include "contentlimits.h"
#include "scenariostates.h"

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
            else if (!step.routes.isEmpty() && step.routes.constLast().isConditional())
                add(step.id, tr("the last route of step \"%1\" must have no condition (minPoints, ifSet, ifNotSet), so every trainee can go on").arg(step.id));
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
        if (m_problems.isEmpty())
            if (const QString back = stepClosingALoop(start->id); !back.isEmpty())
                add(back, tr("step \"%1\" leads back to a step already on the way to it; a scenario may not loop").arg(back));
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

    // A step with a way back to itself, found by an iterative depth-first search (no
    // recursion: a deep graph must not exhaust the stack); empty when there is none.
    QString stepClosingALoop(const QString &from) const
    {
        enum Mark { OnPath = 1, Done = 2 };
        QHash<QString, int> mark{{from, OnPath}};
        QVector<QPair<QString, QStringList>> stack{{from, targets(*m_q.step(from))}};
        while (!stack.isEmpty()) {
            auto &[id, next] = stack.last();
            if (next.isEmpty()) {
                mark.insert(id, Done);
                stack.removeLast();
                continue;
            }
            const QString n = next.takeLast();
            if (mark.value(n) == OnPath)
                return id;
            if (mark.value(n) == Done)
                continue;
            mark.insert(n, OnPath);
            const QStringList after = targets(*m_q.step(n));
            stack.append({n, after});
        }
        return {};
    }

    void add(const QString &node, const QString &message) { m_problems.append({node, message}); }

    const Question &m_q;
    QVector<ScenarioProblem> m_problems;
};

} // namespace

QVector<ScenarioProblem> checkScenarioGraph(const Question &scenario)
{
    return Graph(scenario).check();
}

std::optional<double> scenarioMaxPoints(const Question &scenario)
{
    const ScenarioExploration explored = exploreScenario(scenario);
    if (explored.exceeded)
        return std::nullopt;
    return explored.maxPoints;
}

} // namespace khien
