#include "quizscoring.h"

#include <QSet>

namespace khien {

ScoredAnswer scoreAnswer(const Question &question, const QStringList &chosen)
{
    ScoredAnswer result;
    const QSet<QString> picked(chosen.cbegin(), chosen.cend());
    for (const QString &id : picked) {
        if (!question.option(id))
            result.valid = false;
    }
    if (picked.size() != chosen.size())
        result.valid = false;
    if (question.type != QuestionType::Multiple && chosen.size() != 1)
        result.valid = false;
    if (!result.valid)
        return result;

    int correctCount = 0;
    int wrongCount = 0;
    for (const Option &o : question.options)
        (o.correct ? correctCount : wrongCount) += 1;

    if (question.type == QuestionType::Multiple) {
        double points = 0;
        for (const Option &o : question.options) {
            if (!picked.contains(o.id))
                continue;
            points += o.correct ? 1.0 / correctCount : -1.0 / wrongCount;
        }
        result.points = qBound(0.0, points, 1.0);
        // Sums of thirds etc. can land a hair under 1.
        result.correct = result.points > 1.0 - 1e-9;
        if (result.correct)
            result.points = 1.0;
    } else {
        result.correct = question.option(chosen.first())->correct;
        result.points = result.correct ? 1.0 : 0.0;
    }
    return result;
}

} // namespace khien
