// QuizController: the current question as lists and maps the QML pages draw, in the
// trainee's language. Explanations and correct answers appear only once feedback is due.
#include "quizcontroller.h"

#include "scenariotrail.h"
#include "answerfeedback.h"
#include "typedanswer.h"

QVariantList QuizController::options() const
{
    const khien::Question &q = m_session.currentQuestion();
    const bool reveal = showFeedback() || finished();
    const QStringList chosen = m_session.chosenForCurrent();
    QVariantList list;
    for (const QString &id : m_session.optionOrder()) {
        const khien::Option *o = q.option(id);
        QString label = text(o->text);
        if (q.type == khien::QuestionType::TrueFalse)
            label = o->id == QLatin1String("true") ? tr("True") : tr("False");
        list.append(QVariantMap{
            {QStringLiteral("optionId"), o->id},
            {QStringLiteral("text"), label},
            {QStringLiteral("role"), o->role},
            {QStringLiteral("explanation"), reveal ? text(o->explanation) : QString()},
            {QStringLiteral("correct"), reveal && o->correct},
            {QStringLiteral("chosen"), chosen.contains(o->id)},
            {QStringLiteral("correctPosition"), reveal ? int(o - q.options.constData()) + 1 : 0},
        });
    }
    if (q.type == khien::QuestionType::RedFlags) // the mock is drawn in the file's order
        std::stable_sort(list.begin(), list.end(), [&](const QVariant &a, const QVariant &b) {
            return q.option(a.toMap().value(QStringLiteral("optionId")).toString())
                < q.option(b.toMap().value(QStringLiteral("optionId")).toString());
        });
    if (q.type == khien::QuestionType::Ordering && m_session.isCurrentAnswered()) {
        // Show the items in the order the trainee gave.
        QVariantList given;
        for (const QString &id : chosen)
            for (const QVariant &v : std::as_const(list))
                if (v.toMap().value(QStringLiteral("optionId")) == id)
                    given.append(v);
        return given;
    }
    return list;
}

QVariantList QuizController::matchLeft() const
{
    const khien::Question &q = m_session.currentQuestion();
    if (q.type != khien::QuestionType::Matching)
        return {};
    const bool reveal = showFeedback() || finished();
    const QStringList chosen = m_session.chosenForCurrent();
    QVariantList list;
    for (int i = 0; i < q.options.size(); ++i) {
        const khien::Option &o = q.options.at(i);
        list.append(QVariantMap{{QStringLiteral("optionId"), o.id},
                                {QStringLiteral("text"), text(o.text)},
                                {QStringLiteral("chosen"), chosen.value(i)},
                                {QStringLiteral("correctText"), reveal ? text(o.match) : QString()},
                                {QStringLiteral("explanation"), reveal ? text(o.explanation) : QString()}});
    }
    return list;
}

QVariantList QuizController::matchRight() const
{
    const khien::Question &q = m_session.currentQuestion();
    if (q.type != khien::QuestionType::Matching)
        return {};
    QVariantList list;
    for (const QString &id : m_session.optionOrder())
        list.append(QVariantMap{{QStringLiteral("optionId"), id},
                                {QStringLiteral("text"), text(q.option(id)->match)}});
    return list;
}

QString QuizController::stepText() const
{
    const auto at = m_session.scenarioPosition();
    return at ? text(at->step->text) : QString();
}

QVariantList QuizController::stepChoices() const
{
    const auto at = m_session.scenarioPosition();
    QVariantList list;
    if (!at || at->step->ending)
        return list;
    for (const khien::ScenarioChoice &c : at->step->choices)
        list.append(QVariantMap{{QStringLiteral("choiceId"), c.id}, {QStringLiteral("text"), text(c.text)}});
    return list;
}

QString QuizController::lastConsequence() const
{
    const khien::Question &q = m_session.currentQuestion();
    const QStringList path = m_session.scenarioPath();
    if (q.type != khien::QuestionType::Scenario || path.isEmpty())
        return {};
    for (const khien::ScenarioStep &step : q.steps)
        if (const khien::ScenarioChoice *c = step.choice(path.constLast()))
            return text(c->consequence);
    return {};
}

QVariantMap QuizController::ending() const
{
    const auto at = m_session.scenarioPosition();
    if (!at || !at->step->ending)
        return {};
    return {{QStringLiteral("outcome"), at->step->outcome},
            {QStringLiteral("text"), text(at->step->text)},
            {QStringLiteral("summary"), text(at->step->summary)}};
}

QVariantList QuizController::scenarioPath() const
{
    const khien::Question &q = m_session.currentQuestion();
    QVariantList list;
    if (q.type != khien::QuestionType::Scenario)
        return list;
    QStringList walked;
    for (const QString &choiceId : m_session.scenarioPath()) {
        const auto at = khien::walkScenario(q, walked);
        const khien::ScenarioChoice *c = at ? at->step->choice(choiceId) : nullptr;
        if (!c)
            break;
        list.append(QVariantMap{{QStringLiteral("stepText"), text(at->step->text)},
                                {QStringLiteral("choiceText"), text(c->text)},
                                {QStringLiteral("consequence"), text(c->consequence)},
                                // both joined for the compact trail
                                {QStringLiteral("line"), khien::decisionTrailLine(text(c->text), text(c->consequence))}});
        walked.append(choiceId);
    }
    return list;
}

QString QuizController::typedAnswer() const
{
    const khien::Question &q = m_session.currentQuestion();
    return khien::isTypedAnswer(q.type) ? m_session.chosenForCurrent().value(0) : QString();
}

QStringList QuizController::acceptedAnswers() const
{
    if (!showFeedback() && !finished())
        return {};
    return khien::acceptedAnswerTexts(m_session.currentQuestion(), m_language);
}

QString QuizController::typedExplanation() const
{
    const khien::Question &q = m_session.currentQuestion();
    if ((!showFeedback() && !finished()) || !khien::isTypedAnswer(q.type))
        return {};
    return text(khien::typedAnswerExplanation(q, m_session.chosenForCurrent()));
}

int QuizController::maxTypedLength() const
{
    return khien::maxTypedAnswerLength;
}

bool QuizController::explained() const
{
    return khien::hasExplanations(m_session.currentQuestion(), m_language);
}
