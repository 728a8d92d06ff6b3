#include "scenariostates.h"

#include "contentlimits.h"

#include <QHash>
#include <QSet>

namespace khien {

namespace {

struct StateKey
{
    int step = 0;
    double points = 0;
    quint64 facts = 0;
    int worst = 0;

    bool operator==(const StateKey &o) const
    {
        return step == o.step && points == o.points && facts == o.facts && worst == o.worst;
    }
};

size_t qHash(const StateKey &k, size_t seed = 0)
{
    return qHashMulti(seed, k.step, k.points, k.facts, k.worst);
}

struct State
{
    StateKey key;
    int parent = -1;  // index of the state before the last choice
    int choice = -1;  // index of that choice in the step of the parent state
    int length = 0;   // choices made
};

int outcomeRank(const QString &outcome)
{
    return outcome == QLatin1String("good") ? 2 : outcome == QLatin1String("mixed") ? 1 : 0;
}

class Explorer
{
public:
    explicit Explorer(const Question &q) : m_q(q)
    {
        for (int i = 0; i < q.steps.size(); ++i)
            m_index.insert(q.steps.at(i).id, i);
        m_audit = true;
        bool anyChoice = false;
        for (const ScenarioStep &s : q.steps)
            for (const ScenarioChoice &c : s.choices) {
                anyChoice = true;
                m_audit = m_audit && c.quality != ChoiceQuality::Unrated;
                for (const QString &f : c.sets)
                    if (!m_bits.contains(f) && m_bits.size() < limits::maxScenarioFacts)
                        m_bits.insert(f, int(m_bits.size()));
            }
        m_audit = m_audit && anyChoice;
    }

    ScenarioExploration run()
    {
        ScenarioExploration result;
        const int start = settle(m_index.value(m_q.start, -1), 0, 0);
        if (start < 0)
            return result;
        add({start, 0, 0, 0}, -1, -1, 0);
        QHash<QPair<QString, int>, bool> reported; // (ending, kind)
        double bestPoints = -1;
        int bestRank = -1, bestLength = 0, best = -1;
        for (int next = 0; next < m_states.size(); ++next) { // breadth first: shortest paths first
            if (m_states.size() > limits::maxScenarioStates) {
                result.exceeded = true;
                result.states = int(m_states.size());
                return result;
            }
            const State state = m_states.at(next);
            const ScenarioStep &step = m_q.steps.at(state.key.step);
            if (step.ending) {
                const int rank = outcomeRank(step.outcome);
                const bool tie = qAbs(state.key.points - bestPoints) < 1e-9;
                if (best < 0 || (!tie && state.key.points > bestPoints) || (tie && rank > bestRank)
                    || (tie && rank == bestRank && state.length < bestLength)) {
                    best = next;
                    bestPoints = state.key.points;
                    bestRank = rank;
                    bestLength = state.length;
                }
                if (m_audit)
                    audit(step, state, next, reported, result);
                continue;
            }
            for (int i = 0; i < step.choices.size(); ++i) {
                const ScenarioChoice &c = step.choices.at(i);
                StateKey key{0, state.key.points + c.points, state.key.facts | mask(c.sets),
                             m_audit ? std::max(state.key.worst, int(c.quality)) : 0};
                key.step = settle(m_index.value(c.next, -1), key.points, key.facts);
                if (key.step >= 0)
                    add(key, next, i, state.length + 1);
            }
        }
        result.states = int(m_states.size());
        result.maxPoints = std::max(0.0, bestPoints);
        if (best >= 0)
            result.bestPath = pathTo(best);
        return result;
    }

private:
    void add(const StateKey &key, int parent, int choice, int length)
    {
        if (m_seen.contains(key))
            return;
        m_seen.insert(key, int(m_states.size()));
        m_states.append({key, parent, choice, length});
    }

    void audit(const ScenarioStep &ending, const State &state, int index,
               QHash<QPair<QString, int>, bool> &reported, ScenarioExploration &result)
    {
        using Kind = ScenarioContradiction::Kind;
        std::optional<Kind> kind;
        if (ending.outcome == QLatin1String("good") && state.key.worst == int(ChoiceQuality::Bad))
            kind = Kind::BadChoiceGoodEnding;
        else if (ending.outcome == QLatin1String("bad") && state.key.worst == int(ChoiceQuality::Good))
            kind = Kind::GoodPathBadEnding;
        if (!kind || reported.contains({ending.id, int(*kind)}))
            return;
        reported.insert({ending.id, int(*kind)}, true);
        result.contradictions.append({*kind, ending.id, pathTo(index)});
    }

    quint64 mask(const QStringList &facts) const
    {
        quint64 m = 0;
        for (const QString &f : facts)
            m |= m_bits.contains(f) ? quint64(1) << m_bits.value(f) : 0;
        return m;
    }

    // Follows routes from `step` to a step with choices or an ending; -1 when none applies.
    int settle(int step, double points, quint64 facts) const
    {
        for (int guard = 0; step >= 0 && guard <= m_q.steps.size(); ++guard) {
            const ScenarioStep &s = m_q.steps.at(step);
            if (s.ending || !s.choices.isEmpty())
                return step;
            const auto route = std::find_if(s.routes.cbegin(), s.routes.cend(), [&](const ScenarioRoute &r) {
                const quint64 set = mask(r.ifSet);
                // A fact no choice sets (reported by the reader) is never set.
                const bool unknown = std::any_of(r.ifSet.cbegin(), r.ifSet.cend(),
                                                 [&](const QString &f) { return !m_bits.contains(f); });
                return (!r.minPoints || points >= *r.minPoints) && !unknown && (facts & set) == set
                    && (facts & mask(r.ifNotSet)) == 0;
            });
            step = route == s.routes.cend() ? -1 : m_index.value(route->next, -1);
        }
        return -1;
    }

    QStringList pathTo(int index) const
    {
        QStringList path;
        for (int i = index; m_states.at(i).parent >= 0; i = m_states.at(i).parent) {
            const State &s = m_states.at(i);
            path.prepend(m_q.steps.at(m_states.at(s.parent).key.step).choices.at(s.choice).id);
        }
        return path;
    }

    const Question &m_q;
    QHash<QString, int> m_index;
    QHash<QString, int> m_bits; // fact -> bit
    bool m_audit = false;
    QHash<StateKey, int> m_seen;
    QVector<State> m_states;
};

} // namespace

ScenarioExploration exploreScenario(const Question &scenario)
{
    return Explorer(scenario).run();
}

bool routeApplies(const ScenarioRoute &route, double points, const QSet<QString> &facts)
{
    if (route.minPoints && points < *route.minPoints)
        return false;
    for (const QString &f : route.ifSet)
        if (!facts.contains(f))
            return false;
    for (const QString &f : route.ifNotSet)
        if (facts.contains(f))
            return false;
    return true;
}

} // namespace khien
