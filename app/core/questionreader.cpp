#include "questionreader.h"

#include "contentlimits.h"

#include "scenarioreader.h"

#include <QSet>

namespace khien {

namespace {

const QStringList kMockKinds{QStringLiteral("sms"), QStringLiteral("email"), QStringLiteral("chat"),
                             QStringLiteral("web"), QStringLiteral("call")};

QStringList rolesFor(const QString &kind)
{
    if (kind == QLatin1String("sms") || kind == QLatin1String("chat"))
        return {QStringLiteral("sender"), QStringLiteral("body"), QStringLiteral("link")};
    if (kind == QLatin1String("email"))
        return {QStringLiteral("sender"), QStringLiteral("subject"), QStringLiteral("body"),
                QStringLiteral("link"), QStringLiteral("button")};
    if (kind == QLatin1String("web"))
        return {QStringLiteral("address"), QStringLiteral("body"), QStringLiteral("link"), QStringLiteral("button")};
    if (kind == QLatin1String("call"))
        return {QStringLiteral("sender"), QStringLiteral("body")};
    return {};
}

class QuestionReader
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    explicit QuestionReader(ContentXmlReader &xml) : m_xml(xml) {}
    QuestionReader(const QuestionReader &) = delete;
    QuestionReader &operator=(const QuestionReader &) = delete;

    Question read()
    {
        m_line = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("type")},
                              {QStringLiteral("answer"), QStringLiteral("start"), QStringLiteral("review-by")});
        m_q.id = m_xml.idAttribute();
        m_q.reviewBy = m_xml.dateAttribute(QStringLiteral("review-by"));
        const QString typeName = m_xml.attribute(QStringLiteral("type"));
        const std::optional<QuestionType> type = questionTypeFromName(typeName);
        if (!type && !typeName.isEmpty())
            m_xml.issueHere(tr("unknown question type \"%1\": use single, multiple, truefalse, ordering, matching, redflags or scenario").arg(typeName));
        m_q.type = type.value_or(QuestionType::Single);
        m_answer = m_xml.attribute(QStringLiteral("answer"));
        checkTypeAttributes(type.has_value());

        LocalizedField prompt;
        while (m_xml.nextChild()) {
            const QStringView name = m_xml.name();
            if (name == u"prompt")
                m_xml.readLocalized(prompt);
            else if (name == u"source")
                m_q.sources.append(m_xml.readSource());
            else if (!readTypeElement(name))
                m_xml.unknownElement();
        }
        m_xml.requireBothLanguages(prompt, QStringLiteral("prompt"), m_line);
        m_q.prompt = prompt.text;
        if (type)
            checkQuestion();
        return m_q;
    }

private:
    bool isChoice() const
    {
        return m_q.type == QuestionType::Single || m_q.type == QuestionType::Multiple
            || m_q.type == QuestionType::TrueFalse;
    }

    void checkTypeAttributes(bool knownType)
    {
        const bool hasAnswer = !m_xml.attribute(QStringLiteral("answer")).isNull();
        const bool hasStart = !m_xml.attribute(QStringLiteral("start")).isNull();
        if (knownType && m_q.type == QuestionType::TrueFalse && m_answer != QLatin1String("true")
            && m_answer != QLatin1String("false"))
            m_xml.issueHere(tr("a truefalse question needs answer=\"true\" or answer=\"false\""));
        if (knownType && m_q.type != QuestionType::TrueFalse && hasAnswer)
            m_xml.issueHere(tr("only truefalse questions take an answer attribute; mark options with correct=\"true\""));
        if (knownType && m_q.type == QuestionType::Scenario && !hasStart)
            m_xml.issueHere(tr("a scenario question needs start=\"<first step id>\""));
        if (knownType && m_q.type != QuestionType::Scenario && hasStart)
            m_xml.issueHere(tr("only scenario questions take a start attribute"));
        m_q.start = m_xml.attribute(QStringLiteral("start"));
    }

    // The elements particular to the question's type; false for anything else.
    bool readTypeElement(QStringView name)
    {
        switch (m_q.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
        case QuestionType::TrueFalse:
            if (name != u"option")
                return false;
            addOption(readChoice(), QStringLiteral("option"));
            return true;
        case QuestionType::Ordering:
            if (name != u"item")
                return false;
            addOption(readItem(), QStringLiteral("item"));
            return true;
        case QuestionType::Matching:
            if (name != u"pair")
                return false;
            addOption(readPair(), QStringLiteral("pair"));
            return true;
        case QuestionType::RedFlags:
            if (name == u"mock")
                readMock();
            else if (name == u"flag")
                readFlag();
            else
                return false;
            return true;
        case QuestionType::Scenario:
            if (name == u"step")
                m_scenario.readStep(false);
            else if (name == u"ending")
                m_scenario.readStep(true);
            else
                return false;
            return true;
        }
        return false;
    }

    void addOption(const std::pair<Option, int> &read, const QString &what)
    {
        const auto &[option, line] = read;
        for (const Option &o : std::as_const(m_q.options)) {
            if (o.id == option.id) {
                m_xml.issue(line, what == QLatin1String("item")
                                      ? tr("item \"%1\" is listed twice in question \"%2\"").arg(option.id, m_q.id)
                                      : tr("%1 id \"%2\" is used twice in question \"%3\"").arg(what, option.id, m_q.id));
                return;
            }
        }
        m_q.options.append(option);
    }

    // Reads the children of the current element into the named localised fields.
    std::pair<Option, int> readChoice()
    {
        Option o;
        const int here = m_xml.line();
        const bool tf = m_q.type == QuestionType::TrueFalse;
        if (tf)
            m_xml.checkAttributes({QStringLiteral("id")});
        else
            m_xml.checkAttributes({QStringLiteral("id")}, {QStringLiteral("correct")});
        o.id = m_xml.idAttribute();
        const QString correct = m_xml.attribute(QStringLiteral("correct"));
        if (!correct.isEmpty() && correct != QLatin1String("true") && correct != QLatin1String("false"))
            m_xml.issueHere(tr("correct must be \"true\" or \"false\""));
        o.correct = correct == QLatin1String("true");
        LocalizedField text, explanation;
        while (m_xml.nextChild()) {
            if (m_xml.name() == u"text" && tf) {
                m_xml.issueHere(tr("truefalse options have no <text>: the app labels them"));
                m_xml.skip();
            } else if (m_xml.name() == u"text") {
                m_xml.readLocalized(text);
            } else if (m_xml.name() == u"explain") {
                m_xml.readLocalized(explanation);
            } else {
                m_xml.unknownElement();
            }
        }
        if (!tf)
            m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
        m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), here);
        o.text = text.text;
        o.explanation = explanation.text;
        return {o, here};
    }

    std::pair<Option, int> readItem()
    {
        Option o;
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")}, {QStringLiteral("after")});
        o.id = m_xml.idAttribute();
        o.after = m_xml.idListAttribute(QStringLiteral("after"));
        // Naming earlier items only keeps the file's order a valid one, with no cycle.
        for (const QString &before : std::as_const(o.after))
            if (!m_q.option(before))
                m_xml.issueHere(tr("item \"%1\" comes after \"%2\", which is not an item listed before it").arg(o.id, before));
        LocalizedField text, explanation;
        m_xml.readLocalizedChildren({{QStringLiteral("text"), &text}, {QStringLiteral("explain"), &explanation}});
        m_xml.requireBothLanguages(text, QStringLiteral("text"), here);
        m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), here);
        o.text = text.text;
        o.explanation = explanation.text;
        o.correct = true;
        return {o, here};
    }

    std::pair<Option, int> readPair()
    {
        Option o;
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("id")});
        o.id = m_xml.idAttribute();
        LocalizedField left, right, explanation;
        m_xml.readLocalizedChildren({{QStringLiteral("left"), &left}, {QStringLiteral("right"), &right},
                    {QStringLiteral("explain"), &explanation}});
        m_xml.requireBothLanguages(left, QStringLiteral("left"), here);
        m_xml.requireBothLanguages(right, QStringLiteral("right"), here);
        m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), here);
        o.text = left.text;
        o.match = right.text;
        o.explanation = explanation.text;
        o.correct = true;
        return {o, here};
    }

    void readMock()
    {
        const int here = m_xml.line();
        if (m_mockLine > 0) {
            m_xml.issueHere(tr("a redflags question has one <mock> (the first is on line %1)").arg(m_mockLine));
            m_xml.skip();
            return;
        }
        m_mockLine = here;
        m_xml.checkAttributes({QStringLiteral("kind")});
        m_q.mockKind = m_xml.attribute(QStringLiteral("kind"));
        if (!m_q.mockKind.isEmpty() && !kMockKinds.contains(m_q.mockKind))
            m_xml.issueHere(tr("unknown mock kind \"%1\": use sms, email, chat, web or call").arg(m_q.mockKind));
        const QStringList roles = rolesFor(m_q.mockKind);
        while (m_xml.nextChild()) {
            if (m_xml.name() != u"part") {
                m_xml.unknownElement();
                continue;
            }
            Option part;
            const int partLine = m_xml.line();
            m_xml.checkAttributes({QStringLiteral("id"), QStringLiteral("role")});
            part.id = m_xml.idAttribute();
            part.role = m_xml.attribute(QStringLiteral("role"));
            if (!roles.isEmpty() && !part.role.isEmpty() && !roles.contains(part.role))
                m_xml.issueHere(tr("a part of a %1 mock has one of the roles %2, not \"%3\"")
                                    .arg(m_q.mockKind, roles.join(QStringLiteral(", ")), part.role));
            LocalizedField text, explanation;
            m_xml.readLocalizedChildren({{QStringLiteral("text"), &text}, {QStringLiteral("explain"), &explanation}});
            m_xml.requireBothLanguages(text, QStringLiteral("text"), partLine);
            if (!explanation.lines.isEmpty())
                m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), partLine);
            part.text = text.text;
            part.explanation = explanation.text;
            addOption({part, partLine}, QStringLiteral("part"));
        }
        if (m_q.options.isEmpty())
            m_xml.issue(here, tr("the mock has no <part>"));
    }

    void readFlag()
    {
        const int here = m_xml.line();
        m_xml.checkAttributes({QStringLiteral("part")});
        const QString partId = m_xml.attribute(QStringLiteral("part"));
        LocalizedField explanation;
        m_xml.readLocalizedChildren({{QStringLiteral("explain"), &explanation}});
        m_xml.requireBothLanguages(explanation, QStringLiteral("explain"), here);
        auto part = std::find_if(m_q.options.begin(), m_q.options.end(),
                                 [&](const Option &o) { return o.id == partId; });
        if (part == m_q.options.end()) {
            m_xml.issue(here, tr("the flag names part \"%1\", which is not in the mock of question \"%2\"")
                                  .arg(partId, m_q.id));
            return;
        }
        if (part->correct) {
            m_xml.issue(here, tr("part \"%1\" is flagged twice").arg(partId));
            return;
        }
        part->correct = true;
        part->explanation = explanation.text;
    }

    void checkQuestion()
    {
        const int count = int(m_q.options.size());
        if (count > limits::maxOptionsPerQuestion) {
            problem(tr("question \"%1\" has more than %2 options, items, pairs or parts").arg(m_q.id).arg(limits::maxOptionsPerQuestion));
            return;
        }
        if (m_q.steps.size() > limits::maxScenarioSteps) {
            problem(tr("scenario \"%1\" has more than %2 steps and endings").arg(m_q.id).arg(limits::maxScenarioSteps));
            return;
        }
        int correct = 0;
        for (const Option &o : std::as_const(m_q.options))
            correct += o.correct ? 1 : 0;
        switch (m_q.type) {
        case QuestionType::Single:
            if (count < 2)
                problem(tr("question \"%1\" needs at least two options").arg(m_q.id));
            if (correct != 1)
                problem(tr("single-choice question \"%1\" must have exactly one correct option, it has %2").arg(m_q.id).arg(correct));
            break;
        case QuestionType::Multiple:
            if (count < 2)
                problem(tr("question \"%1\" needs at least two options").arg(m_q.id));
            if (correct < 1)
                problem(tr("multiple-choice question \"%1\" has no correct option").arg(m_q.id));
            break;
        case QuestionType::TrueFalse: {
            const bool shaped = count == 2 && m_q.option(QStringLiteral("true")) && m_q.option(QStringLiteral("false"));
            if (!shaped)
                problem(tr("truefalse question \"%1\" needs exactly the options \"true\" and \"false\"").arg(m_q.id));
            for (Option &o : m_q.options)
                o.correct = o.id == m_answer;
            break;
        }
        case QuestionType::Ordering:
            if (count < 3)
                problem(tr("ordering question \"%1\" needs at least three items").arg(m_q.id));
            break;
        case QuestionType::Matching:
            if (count < 3)
                problem(tr("matching question \"%1\" needs at least three pairs").arg(m_q.id));
            break;
        case QuestionType::RedFlags:
            if (m_mockLine == 0)
                problem(tr("redflags question \"%1\" has no <mock>").arg(m_q.id));
            else if (correct < 1)
                problem(tr("redflags question \"%1\" has no <flag>").arg(m_q.id));
            break;
        case QuestionType::Scenario:
            m_scenario.check(m_line);
            break;
        }
    }

    void problem(const QString &message) { m_xml.issue(m_line, message); }

    ContentXmlReader &m_xml;
    Question m_q;
    QString m_answer;
    int m_line = 0;
    int m_mockLine = 0;
    ScenarioReader m_scenario{m_xml, m_q};
};

} // namespace

Question readQuestion(ContentXmlReader &xml)
{
    return QuestionReader(xml).read();
}

} // namespace khien
