#include "answerfeedback.h"

#include "quizscoring.h"

#include <QCoreApplication>
#include <QLocale>

namespace khien {

namespace {

struct FeedbackText
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFeedback)
};

QLocale localeFor(const QString &lang)
{
    QLocale locale(lang == QLatin1String("vi") ? QLocale::Vietnamese : QLocale::English);
    locale.setNumberOptions(QLocale::OmitGroupSeparator); // "1560", as it would be typed
    return locale;
}

} // namespace

QStringList acceptedAnswerTexts(const Question &q, const QString &lang)
{
    QVector<const Option *> answers;
    for (const Option &o : q.options)
        answers.append(&o);
    std::stable_sort(answers.begin(), answers.end(), [](const Option *a, const Option *b) { return a->fraction > b->fraction; });
    const QLocale locale = localeFor(lang);
    QStringList texts;
    for (const Option *o : std::as_const(answers)) {
        QString text;
        if (q.type == QuestionType::ShortAnswer)
            text = o->text.in(lang).replace(QLatin1Char('*'), QChar(0x2026));
        else if (q.type == QuestionType::Numeric)
            text = o->tolerance > 0 ? QStringLiteral("%1 ± %2").arg(locale.toString(o->value, 'g', 15), locale.toString(o->tolerance, 'g', 15))
                                    : locale.toString(o->value, 'g', 15);
        else
            return {};
        if (o->fraction < 1.0)
            //: %1 an accepted answer, %2 the share of the point it earns, in percent
            text = FeedbackText::tr("%1 (%2% of the point)").arg(text).arg(qRound(o->fraction * 100));
        texts.append(text);
    }
    return texts;
}

LocalizedText typedAnswerExplanation(const Question &q, const QStringList &chosen)
{
    if (const Option *matched = bestAcceptedAnswer(q, chosen))
        return matched->explanation;
    for (const Option &o : q.options)
        if (o.fraction >= 1.0)
            return o.explanation;
    return {};
}

bool hasExplanations(const Question &q, const QString &lang)
{
    if (q.type == QuestionType::Scenario)
        return true;
    return std::any_of(q.options.cbegin(), q.options.cend(), [&](const Option &o) { return !o.explanation.in(lang).isEmpty(); });
}

} // namespace khien
