// Reading the steps and endings of a scenario question, then checking its graph, its facts
// and every path's ending against the quality of the choices on it.
#pragma once

#include "contentxmlreader.h"
#include "course.h"

namespace khien {

class ScenarioReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    ScenarioReader(ContentXmlReader &xml, Question &question) : m_xml(xml), m_q(question) {}

    // Reads the <step> or <ending> element the reader is on into the question.
    void readStep(bool ending);
    // After the last step: graph, facts, points and the verdict audit, reported on
    // `questionLine` or the line of the step concerned.
    void check(int questionLine);

private:
    ScenarioChoice readChoice();
    ScenarioRoute readRoute();
    void checkFactsAndQualities(int questionLine);
    void issue(const QString &node, int fallback, const QString &message);

    ContentXmlReader &m_xml;
    Question &m_q;
    QHash<QString, int> m_nodeLines; // step, ending or choice id -> line
    QHash<QString, int> m_routeLines; // step id -> line of its first route that tests a fact
};

} // namespace khien
