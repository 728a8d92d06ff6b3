// Wording rules of check-content --strict: terms the glossary says to avoid, and quizzes whose
// right answers can be guessed by their length.
#pragma once

#include "contentissue.h"
#include "course.h"

namespace khien {

// A warning for each text (module, lesson body, question, option, scenario, other glossary
// entries) that uses a variant a glossary entry lists under <avoid>, in that language.
[[nodiscard]] ContentIssues checkTerminology(const Course &course);

// Whether `text` contains `variant` as whole words, ignoring case.
[[nodiscard]] bool usesVariant(const QString &text, const QString &variant);

// For a single or multiple choice question: whether its longest option (in characters of
// `lang`, strictly longer than every other) is a right one.
[[nodiscard]] bool longestOptionIsRight(const Question &question, const QString &lang);

// An error for each quiz and language where the right option is the longest in more than
// half of the single and multiple choice questions: a test-wise trainee could pick it unread.
[[nodiscard]] ContentIssues checkGuessability(const Course &course);

} // namespace khien
