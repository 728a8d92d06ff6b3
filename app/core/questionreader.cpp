#include "questionreader.h"

#include "answerreader.h"
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
                              {QStringLiteral("answer"), QStringLiteral("start"), QStringLiteral("review-by"),
                               QStringLiteral("diacritics"), QStringLiteral("case")});
        m_q.id = m_xml.idAttribute();
        m_q.reviewBy = m_xml.dateAttribute(QStringLiteral("review-by"));
        const QString typeName = m_xml.attribute(QStringLiteral("type"));
        const std::optional<QuestionType> type = questionTypeFromName(typeName);
        if (!type && !typeName.isEmpty())
            m_xml.issueHere(tr("unknown question type \"%1\": use single, multiple, truefalse, ordering, matching, redflags, scenario, shortanswer, numeric or missingword").arg(typeName));
        m_q.type = type.value_or(QuestionType::Single);
        m_answer = m_xml.attribute(QStringLiteral("answer"));
        checkTypeAttributes(type.has_value());

        LocalizedField prompt, after;
        while (m_xml.nextChild()) {
            const QStringView name = m_xml.name();
            if (name == u"prompt")
                m_xml.readLocalized(prompt);
            else if (name == u"after" && m_q.type == QuestionType::MissingWord)
                m_xml.readLocalized(after);
            else if (name == u"source")
                m_q.sources.append(m_xml.readSource());
            else if (!readTypeElement(name))
                m_xml.unknownElement();
        }
        m_xml.requireBothLanguages(prompt, QStringLiteral("prompt"), m_line);
        m_q.prompt = prompt.text;
        if (!after.lines.isEmpty())
            m_xml.requireBothLanguages(after, QStringLiteral("after"), m_line);
        m_q.promptAfter = after.text;
        if (type)
            checkQuestion();
        warnUnexplained(m_xml, m_q, m_line, m_unexplained);
        return m_q;
    }

private:
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
        const QString diacritics = m_xml.attribute(QStringLiteral("diacritics"));
        const QString letterCase = m_xml.attribute(QStringLiteral("case"));
        if (knownType && m_q.type != QuestionType::ShortAnswer && (!diacritics.isNull() || !letterCase.isNull()))
            m_xml.issueHere(tr("only shortanswer questions take diacritics and case attributes"));
        if (!diacritics.isNull() && diacritics != QLatin1String("required") && diacritics != QLatin1String("optional"))
            m_xml.issueHere(tr("diacritics must be \"required\" or \"optional\""));
        if (!letterCase.isNull() && letterCase != QLatin1String("sensitive") && letterCase != QLatin1String("insensitive"))
            m_xml.issueHere(tr("case must be \"sensitive\" or \"insensitive\""));
        m_q.ignoreDiacritics = diacritics == QLatin1String("optional");
        m_q.caseSensitive = letterCase == QLatin1String("sensitive");
    }

    // The elements particular to the question's type; false for anything else.
    bool readTypeElement(QStringView name)
    {
        switch (m_q.type) {
        case QuestionType::Single:
        case QuestionType::Multiple:
        case QuestionType::TrueFalse:
        case QuestionType::MissingWord:
            if (name != u"option")
                return false;
            addOption(readChoice(), QStringLiteral("option"));
            return true;
        case QuestionType::ShortAnswer:
        case QuestionType::Numeric:
            if (name != u"answer")
                return false;
            addOption(readAcceptedAnswer(m_xml, m_q.type), QStringLiteral("answer"));
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

    void addOption(const ReadOption &read, const QString &what)
    {
        const Option &option = read.option;
        const int line = read.line;
        for (const Option &o : std::as_const(m_q.options)) {
            if (o.id == option.id) {
                m_xml.issue(line, what == QLatin1String("item")
                                      ? tr("item \"%1\" is listed twice in question \"%2\"").arg(option.id, m_q.id)
                                      : tr("%1 id \"%2\" is used twice in question \"%3\"").arg(what, option.id, m_q.id));
                return;
            }
        }
        m_q.options.append(option);
        if (!read.explained)
            m_unexplained.append(option.id);
    }

    // Reads the children of the current element into the named localised fields.
    ReadOption readChoice()
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
        const bool explained = acceptExplanation(m_xml, explanation, here);
        o.text = text.text;
        o.explanation = explanation.text;
        return {o, here, explained};
    }

    ReadOption readItem()
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
        const bool explained = acceptExplanation(m_xml, explanation, here);
        o.text = text.text;
        o.explanation = explanation.text;
        o.correct = true;
        return {o, here, explained};
    }

    ReadOption readPair()
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
        const bool explained = acceptExplanation(m_xml, explanation, here);
        o.text = left.text;
        o.match = right.text;
        o.explanation = explanation.text;
        o.correct = true;
        return {o, here, explained};
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
            addOption({part, partLine, true}, QStringLiteral("part"));
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
        const bool explained = acceptExplanation(m_xml, explanation, here);
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
        if (explained)
            part->explanation = explanation.text;
        else if (part->explanation.vi.isEmpty() && part->explanation.en.isEmpty())
            m_unexplained.append(partId);
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
        case QuestionType::MissingWord:
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
        case QuestionType::ShortAnswer:
        case QuestionType::Numeric:
            checkAcceptedAnswers(m_xml, m_q, m_line);
            break;
        }
    }

    void problem(const QString &message) { m_xml.issue(m_line, message); }

    ContentXmlReader &m_xml;
    Question m_q;
    QString m_answer;
    int m_line = 0;
    int m_mockLine = 0;
    QStringList m_unexplained; // ids of options given no <explain>
    ScenarioReader m_scenario{m_xml, m_q};
};

} // namespace

Question readQuestion(ContentXmlReader &xml)
{
    return QuestionReader(xml).read();
}

} // namespace khien
