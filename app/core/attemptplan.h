// What one attempt asks, in which order: the questions drawn from the quiz's pool and the
// order of each question's options. Derived only from the quiz and a seed, with a generator
// and shuffle fully specified here (std::mt19937 and our own Fisher-Yates; std::shuffle and
// the std distributions differ between standard libraries), so a stored seed replays the
// same attempt on any machine.
#pragma once

#include "course.h"

#include <QHash>
#include <QStringList>

namespace khien {

struct AttemptPlan
{
    quint32 seed = 0;
    QStringList questionOrder;                // question ids as asked
    QHash<QString, QStringList> optionOrder;  // question id -> option ids as shown

    [[nodiscard]] QStringList optionsOf(const QString &questionId) const { return optionOrder.value(questionId); }
};

[[nodiscard]] AttemptPlan planAttempt(const Quiz &quiz, quint32 seed);
// The plan of an attempt whose question order was stored; options follow from the seed.
// Questions no longer in the quiz are left out.
[[nodiscard]] AttemptPlan replanAttempt(const Quiz &quiz, quint32 seed, const QStringList &questionOrder);
// A fresh seed for a new attempt.
[[nodiscard]] quint32 newSeed();

} // namespace khien
