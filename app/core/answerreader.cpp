#include "answerreader.h"

#include "typedanswer.h"

namespace khien {

namespace {

struct AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)
};

double percentAttribute(ContentXmlReader &xml, const QString &name, double min, double max, const QString &problem)
{
    const std::optional<double> value = parseDecimal(xml.attribute(name), /*allowComma=*/false);
    if (value && *value >= min && *value <= max)
        return *value;
    if (!xml.attribute(name).isNull())
        xml.issueHere(problem);
    return 0;
}

} // namespace

bool acceptExplanation(ContentXmlReader &xml, const LocalizedField &explanation, int line)
{
    if (explanation.lines.isEmpty())
        return false;
    xml.requireBothLanguages(explanation, QStringLiteral("explain"), line);
    return true;
}

ReadOption readAcceptedAnswer(ContentXmlReader &xml, QuestionType type)
{
    ReadOption read;
    read.line = xml.line();
    const bool numeric = type == QuestionType::Numeric;
    if (numeric)
        xml.checkAttributes({QStringLiteral("id"), QStringLiteral("value"), QStringLiteral("fraction")},
                            {QStringLiteral("tolerance")});
    else
        xml.checkAttributes({QStringLiteral("id"), QStringLiteral("fraction")});
    Option &o = read.option;
    o.id = xml.idAttribute();
    o.fraction = percentAttribute(xml, QStringLiteral("fraction"), 1, 100,
                                  AnswerText::tr("fraction must be a number from 1 to 100 (the share of the point, in percent)"))
                 / 100.0;
    o.correct = o.fraction >= 1.0;
    LocalizedField text, explanation;
    if (numeric) {
        const std::optional<double> value = parseDecimal(xml.attribute(QStringLiteral("value")), false);
        if (value)
            o.value = *value;
        else if (!xml.attribute(QStringLiteral("value")).isNull())
            xml.issueHere(AnswerText::tr("value must be a decimal number written with '.' (such as 156 or -2.5)"));
        o.tolerance = percentAttribute(xml, QStringLiteral("tolerance"), 0, 1e15,
                                       AnswerText::tr("tolerance must be a number of 0 or more written with '.'"));
        xml.readLocalizedChildren({{QStringLiteral("explain"), &explanation}});
    } else {
        xml.readLocalizedChildren({{QStringLiteral("text"), &text}, {QStringLiteral("explain"), &explanation}});
        xml.requireBothLanguages(text, QStringLiteral("text"), read.line);
    }
    o.text = text.text;
    read.explained = acceptExplanation(xml, explanation, read.line);
    o.explanation = explanation.text;
    return read;
}

void checkAcceptedAnswers(ContentXmlReader &xml, const Question &q, int line)
{
    if (q.options.isEmpty()) {
        xml.issue(line, AnswerText::tr("question \"%1\" has no <answer>").arg(q.id));
        return;
    }
    if (std::none_of(q.options.cbegin(), q.options.cend(), [](const Option &o) { return o.fraction >= 1.0; }))
        xml.issue(line, AnswerText::tr("question \"%1\" has no answer with fraction=\"100\"").arg(q.id));
    if (q.type != QuestionType::ShortAnswer)
        return;
    const TypedTextRules rules = typedTextRules(q);
    for (const Option &o : q.options)
        for (const QString &pattern : {o.text.vi, o.text.en})
            if (!pattern.isEmpty() && normalizeTypedText(pattern, rules, true).isEmpty())
                //: %1 the answer id, %2 the question id
                xml.issue(line, AnswerText::tr("answer \"%1\" of question \"%2\" has no letter or digit to compare").arg(o.id, q.id));
}

void warnUnexplained(ContentXmlReader &xml, const Question &q, int line, const QStringList &unexplained)
{
    if (unexplained.isEmpty())
        return;
    //: %1 question id, %2 the ids of its options, answers, items or pairs
    xml.warning(line, AnswerText::tr("question \"%1\" has no <explain> for %2: trainees will see no explanation")
                          .arg(q.id, unexplained.join(QStringLiteral(", "))),
                IssueKind::MissingExplanation);
}

} // namespace khien
