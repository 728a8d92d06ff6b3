#include "scenarioreader.h"

#include "contentlimits.h"
#include "scenariograph.h"
#include "scenariostates.h"

#include <QSet>

namespace khien {

void ScenarioReader::readStep(bool ending)
{
    ScenarioStep step;
    step.ending = ending;
    const int here = m_xml.line();
    if (ending)
        m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("outcome")});
    else
        m_xml.checkAttributes({QStringLiteral("id")});
    step.id = m_xml.idAttribute();
    step.outcome = m_xml.attribute(QStringLiteral("outcome"));
    if (ending && !step.outcome.isEmpty()
        && !QStringList{QStringLiteral("good"), QStringLiteral("mixed"), QStringLiteral("bad")}.contains(step.outcome))
        m_xml.issueHere(tr("outcome must be good, mixed or bad"));
    LocalizedField text, summary;
    while (m_xml.nextChild()) {
        const QStringView name = m_xml.name();
        if (name == u"text")
            m_xml.readLocalized(text);
        else if (name == u"summary" && ending)
            m_xml.readLocalized(summary);
        else if (name == u"choice" && !ending)
            step.choices.append(readChoice());
        else if (name == u"route" && !ending) {
            const int routeLine = m_xml.line();
            step.routes.append(readRoute());
            if (!step.routes.constLast().ifSet.isEmpty() || !step.routes.constLast().ifNotSet.isEmpty())
                m_routeLines.insert(step.id, m_routeLines.value(step.id, routeLine));
        } else
            m_xml.unknownElement();
    }
    m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
    if (ending)
        m_xml.requireBothLanguages(summary, QStringLiteral("summary"), here);
    step.text = text.text;
    step.summary = summary.text;
    if (m_nodeLines.contains(step.id)) {
        m_xml.issue(here, tr("id \"%1\" is used twice in scenario \"%2\"").arg(step.id, m_q.id));
        return;
    }
    m_nodeLines.insert(step.id, here);
    m_q.steps.append(step);
}

ScenarioChoice ScenarioReader::readChoice()
{
    ScenarioChoice choice;
    const int here = m_xml.line();
    m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("next")},
                          {QStringLiteral("points"), QStringLiteral("sets"), QStringLiteral("quality")});
    choice.id = m_xml.idAttribute();
    choice.next = m_xml.attribute(QStringLiteral("next"));
    if (!m_xml.attribute(QStringLiteral("points")).isEmpty())
        choice.points = m_xml.numberAttribute(QStringLiteral("points"), 0);
    choice.sets = m_xml.idListAttribute(QStringLiteral("sets"));
    const QString quality = m_xml.attribute(QStringLiteral("quality"));
    if (quality == QLatin1String("good"))
        choice.quality = ChoiceQuality::Good;
    else if (quality == QLatin1String("risky"))
        choice.quality = ChoiceQuality::Risky;
    else if (quality == QLatin1String("bad"))
        choice.quality = ChoiceQuality::Bad;
    else if (!quality.isNull())
        m_xml.issueHere(tr("quality must be good, risky or bad"));
    LocalizedField text, consequence;
    m_xml.readLocalizedChildren({{QStringLiteral("text"), &text}, {QStringLiteral("consequence"), &consequence}});
    m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
    m_xml.requireBothLanguages(consequence, QStringLiteral("consequence"), here);
    choice.text = text.text;
    choice.consequence = consequence.text;
    if (m_nodeLines.contains(choice.id))
        m_xml.issue(here, tr("id \"%1\" is used twice in scenario \"%2\"").arg(choice.id, m_q.id));
    m_nodeLines.insert(choice.id, here);
    return choice;
}

ScenarioRoute ScenarioReader::readRoute()
{
    ScenarioRoute route;
    m_xml.checkAttributes({QStringLiteral("next")},
                          {QStringLiteral("minPoints"), QStringLiteral("ifSet"), QStringLiteral("ifNotSet")});
    route.next = m_xml.attribute(QStringLiteral("next"));
    if (!m_xml.attribute(QStringLiteral("minPoints")).isNull())
        route.minPoints = m_xml.numberAttribute(QStringLiteral("minPoints"), 0);
    route.ifSet = m_xml.idListAttribute(QStringLiteral("ifSet"));
    route.ifNotSet = m_xml.idListAttribute(QStringLiteral("ifNotSet"));
    for (const QString &f : std::as_const(route.ifSet))
        if (route.ifNotSet.contains(f))
            m_xml.issueHere(tr("the route tests fact \"%1\" both set and not set, so it is never taken").arg(f));
    m_xml.skip();
    return route;
}

void ScenarioReader::issue(const QString &node, int fallback, const QString &message)
{
    m_xml.issue(m_nodeLines.value(node, fallback), message);
}

void ScenarioReader::checkFactsAndQualities(int questionLine)
{
    QSet<QString> facts;
    QStringList unrated;
    int choices = 0;
    for (const ScenarioStep &s : std::as_const(m_q.steps))
        for (const ScenarioChoice &c : s.choices) {
            ++choices;
            for (const QString &f : c.sets)
                facts.insert(f);
            if (c.quality == ChoiceQuality::Unrated)
                unrated.append(c.id);
        }
    if (facts.size() > limits::maxScenarioFacts)
        m_xml.issue(questionLine, tr("scenario \"%1\" sets more than %2 different facts").arg(m_q.id).arg(limits::maxScenarioFacts));
    for (const ScenarioStep &s : std::as_const(m_q.steps))
        for (const ScenarioRoute &r : s.routes)
            for (const QString &f : r.ifSet + r.ifNotSet)
                if (!facts.contains(f))
                    m_xml.issue(m_routeLines.value(s.id, m_nodeLines.value(s.id, questionLine)),
                                tr("a route of step \"%1\" tests fact \"%2\", which no choice of this scenario sets").arg(s.id, f));
    // All or none: a half-rated scenario would be audited on a guess.
    if (!unrated.isEmpty() && unrated.size() < choices)
        m_xml.issue(questionLine, tr("scenario \"%1\" gives a quality to some choices but not to %2")
                                      .arg(m_q.id, unrated.join(QStringLiteral(", "))));
}

void ScenarioReader::check(int questionLine)
{
    if (m_q.steps.isEmpty()) {
        m_xml.issue(questionLine, tr("scenario \"%1\" has no <step>").arg(m_q.id));
        return;
    }
    const QVector<ScenarioProblem> problems = checkScenarioGraph(m_q);
    for (const ScenarioProblem &p : problems)
        issue(p.nodeId, questionLine, p.message);
    const int before = m_xml.issueCount();
    checkFactsAndQualities(questionLine);
    if (!problems.isEmpty() || m_xml.issueCount() != before)
        return;
    const ScenarioExploration explored = exploreScenario(m_q);
    if (explored.exceeded) {
        m_xml.issue(questionLine, tr("scenario \"%1\" has too many different paths to score (more than %2 step and point combinations)")
                                      .arg(m_q.id).arg(limits::maxScenarioStates));
        return;
    }
    m_q.scenarioMaxPoints = explored.maxPoints;
    if (m_q.scenarioMaxPoints <= 0)
        m_xml.issue(questionLine, tr("scenario \"%1\": no path earns any points, so it cannot be scored").arg(m_q.id));
    for (const ScenarioContradiction &c : explored.contradictions) {
        const QString path = c.path.isEmpty() ? tr("(no choice)") : c.path.join(QStringLiteral(" > "));
        if (c.kind == ScenarioContradiction::Kind::BadChoiceGoodEnding)
            //: %2 is a list of choice ids, e.g. "deny > hang-up > keep-quiet"
            issue(c.endingId, questionLine, tr("scenario \"%1\": the path %2 makes a bad choice yet reaches \"%3\", whose outcome is good")
                                                .arg(m_q.id, path, c.endingId));
        else
            issue(c.endingId, questionLine, tr("scenario \"%1\": the path %2 makes only good choices yet reaches \"%3\", whose outcome is bad")
                                                .arg(m_q.id, path, c.endingId));
    }
}

} // namespace khien
