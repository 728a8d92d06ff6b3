// What a trainee is shown about a question once it is answered, one rule for the quiz page,
// the review and the projector: the accepted answers of a typed question, the explanation
// that goes with a typed answer, and whether a question explains anything at all.
#pragma once

#include "course.h"

#include <QStringList>

namespace khien {

// Shortanswer: each pattern in `lang` with `*` shown as "…", and its share of the point when
// less than all ("mã… (50% of the point)"); numeric: "156", "2,5 ± 0,5" in the language's
// number format. Best answers first. Empty for other types.
[[nodiscard]] QStringList acceptedAnswerTexts(const Question &question, const QString &lang);

// The explanation for a typed answer: that of the accepted answer it matched, else that of
// the first answer worth the full point.
[[nodiscard]] LocalizedText typedAnswerExplanation(const Question &question, const QStringList &chosen);

// False when no option, answer, item, pair or flag of the question has an explanation in
// `lang` (content may leave them out: a warning). Scenarios explain through consequences.
[[nodiscard]] bool hasExplanations(const Question &question, const QString &lang);

} // namespace khien
