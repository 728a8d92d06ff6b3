// AppController::review: a stored attempt, question by question, as the review page shows
// it: the questions in the order they were asked and each question's options in the order
// they were shown (both from the attempt's plan). The lines' marks: reviewmodel.h.
#include "appcontroller.h"

#include "answerfeedback.h"
#include "attemptplan.h"

namespace {

QVariant line(const QString &text, const QString &detail, const QString &mark, const QString &explanation,
             bool chosen = false)
{
    return QVariant::fromValue(ReviewLine{text, detail, mark, chosen, explanation});
}

// The option ids of `q` in the order the attempt showed them; the file's order for attempts
// made before plans were stored (seed 0).
QStringList shownOptions(const khien::Question &q, const khien::AttemptPlan *plan)
{
    QStringList ids = plan ? plan->optionsOf(q.id) : QStringList();
    if (ids.size() != q.options.size()) {
        ids.clear();
        for (const khien::Option &o : q.options)
            ids.append(o.id);
    }
    return ids;
}

} // namespace

QVector<ReviewItem> AppController::reviewItems(const QString &attemptId, const QString &lang) const
{
    const std::optional<khien::AttemptRecord> attempt = m_store.attempt(attemptId);
    // A trainee sees only their own; an instructor who unlocked instructor mode, anyone's.
    if (!attempt || (attempt->traineeId != m_traineeId && !m_instructor.unlocked()))
        return {};
    const khien::Module *module = m_catalog.module(attempt->moduleId);
    if (!module || !module->quiz)
        return {};
    const khien::Quiz &quiz = *module->quiz;
    QHash<QString, khien::AnswerRecord> answers;
    QStringList order = attempt->questionOrder;
    for (const khien::AnswerRecord &a : m_store.answers(attemptId)) {
        answers.insert(a.questionId, a);
        if (!order.contains(a.questionId))
            order.append(a.questionId);
    }
    std::optional<khien::AttemptPlan> plan;
    if (attempt->seed != 0)
        plan = khien::replanAttempt(quiz, attempt->seed, attempt->questionOrder);
    QVector<ReviewItem> items;
    for (const QString &questionId : std::as_const(order)) {
        const khien::Question *q = quiz.question(questionId);
        if (!q)
            continue;
        const bool given = answers.contains(questionId);
        const khien::AnswerRecord a = answers.value(questionId);
        QVariantList lines;
        switch (q->type) {
        case khien::QuestionType::Single:
        case khien::QuestionType::Multiple:
        case khien::QuestionType::TrueFalse:
        case khien::QuestionType::RedFlags:
        case khien::QuestionType::MissingWord:
            for (const QString &optionId : shownOptions(*q, plan ? &*plan : nullptr)) {
                const khien::Option *option = q->option(optionId);
                if (!option)
                    continue;
                const khien::Option &o = *option;
                const bool chosen = a.chosen.contains(o.id);
                QString text = o.text.in(lang);
                if (q->type == khien::QuestionType::TrueFalse)
                    text = o.id == QLatin1String("true") ? tr("True") : tr("False");
                const QString mark = chosen ? (o.correct ? QStringLiteral("right") : QStringLiteral("wrong"))
                                            : (o.correct ? QStringLiteral("missed") : QString());
                lines.append(line(text, {}, mark, o.explanation.in(lang), chosen));
            }
            break;
        case khien::QuestionType::Ordering: {
            // The file's order is a right one; with precedences, others are too.
            const QVector<bool> right = khien::orderingItemsRight(*q, a.chosen);
            for (int i = 0; i < q->options.size(); ++i) {
                const khien::Option &o = q->options.at(i);
                const int place = int(a.chosen.indexOf(o.id));
                lines.append(line(QStringLiteral("%1. %2").arg(i + 1).arg(o.text.in(lang)),
                                  place < 0 ? QString() : tr("You put it at place %1").arg(place + 1),
                                  right.value(i) ? QStringLiteral("right") : QStringLiteral("wrong"),
                                  o.explanation.in(lang)));
            }
            break;
        }
        case khien::QuestionType::Matching:
            for (int i = 0; i < q->options.size(); ++i) {
                const khien::Option &o = q->options.at(i);
                const khien::Option *picked = q->option(a.chosen.value(i));
                lines.append(line(QStringLiteral("%1 → %2").arg(o.text.in(lang), o.match.in(lang)),
                                  picked ? tr("Your match: %1").arg(picked->match.in(lang)) : QString(),
                                  picked == &o ? QStringLiteral("right") : QStringLiteral("wrong"),
                                  o.explanation.in(lang)));
            }
            break;
        case khien::QuestionType::Scenario: {
            QStringList walked;
            for (const QString &choiceId : a.chosen) {
                const auto at = khien::walkScenario(*q, walked);
                const khien::ScenarioChoice *c = at ? at->step->choice(choiceId) : nullptr;
                if (!c)
                    break;
                lines.append(line(at->step->text.in(lang), tr("You chose: %1").arg(c->text.in(lang)), {},
                                  c->consequence.in(lang)));
                walked.append(choiceId);
            }
            if (const auto end = khien::walkScenario(*q, walked); end && end->step->ending)
                lines.append(line(end->step->text.in(lang), {},
                                  end->step->outcome == QLatin1String("good") ? QStringLiteral("right")
                                                                             : QStringLiteral("wrong"),
                                  end->step->summary.in(lang)));
            break;
        }
        case khien::QuestionType::ShortAnswer:
        case khien::QuestionType::Numeric:
            if (given)
                lines.append(line(tr("You typed: %1").arg(a.chosen.value(0)),
                                  tr("Accepted answers: %1").arg(khien::acceptedAnswerTexts(*q, lang).join(QStringLiteral(" · "))),
                                  a.correct ? QStringLiteral("right") : QStringLiteral("wrong"),
                                  khien::typedAnswerExplanation(*q, a.chosen).in(lang)));
            else
                lines.append(line(tr("Accepted answers: %1").arg(khien::acceptedAnswerTexts(*q, lang).join(QStringLiteral(" · "))),
                                  {}, {}, khien::typedAnswerExplanation(*q, {}).in(lang)));
            break;
        }
        QString prompt = q->prompt.in(lang);
        if (q->type == khien::QuestionType::MissingWord)
            prompt = QStringList{prompt, QStringLiteral("_____"), q->promptAfter.in(lang)}.join(QLatin1Char(' ')).trimmed();
        items.append({q->id, khien::questionTypeName(q->type), prompt, khien::hasExplanations(*q, lang), given,
                      given && a.correct, a.points, lines});
    }
    return items;
}
