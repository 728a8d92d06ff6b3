// Answers a trainee types (shortanswer, numeric): how they are bounded, cleaned, compared with
// the accepted answers, and kept in `chosen` (one element: the text as typed). The rules are
// written out in quizscoring.h.
#pragma once

#include "course.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace khien {

// The longest typed answer, in code points; longer is refused by the UI and invalid for scoring.
inline constexpr int maxTypedAnswerLength = 500;

// Shortanswer and numeric questions store typed text, not option ids, in `chosen`.
[[nodiscard]] bool isTypedAnswer(QuestionType type);
[[nodiscard]] bool isTypedAnswerTypeName(const QString &typeName);

// Typed text as it is scored and stored: hidden characters (see untrustedtext.h) removed,
// NFC; anything else as typed. Empty optional when longer than maxTypedAnswerLength.
[[nodiscard]] std::optional<QString> cleanTypedAnswer(const QString &raw);
// True when `chosen` is one typed text that cleanTypedAnswer() leaves as it is.
[[nodiscard]] bool isStorableTypedAnswer(const QStringList &chosen);

// `chosen` as stored in one text column, and back: option ids joined with ',', typed text as is.
[[nodiscard]] QString joinChosen(const QString &questionType, const QStringList &chosen);
[[nodiscard]] QStringList splitChosen(const QString &questionType, const QString &stored);

struct TypedTextRules
{
    bool caseSensitive = false;
    bool ignoreDiacritics = false;
};
[[nodiscard]] TypedTextRules typedTextRules(const Question &question);

// A text or an accepted pattern normalised for comparison (quizscoring.h, shortanswer): NFC,
// words separated by single spaces, punctuation at the ends dropped and inside turned into a
// space, case-folded unless case-sensitive, Vietnamese diacritics removed (and đ -> d) when
// they are optional. With `keepWildcards`, `*` is kept as a letter (patterns).
[[nodiscard]] QString normalizeTypedText(const QString &text, const TypedTextRules &rules, bool keepWildcards = false);
// Whether normalised `text` matches normalised `pattern` whole, `*` matching any run
// (including none). Greedy two-pointer match: O(text * pattern) at worst, no recursion.
[[nodiscard]] bool wildcardMatch(const QString &pattern, const QString &text);

// A decimal number: optional sign, digits, at most one decimal mark ('.', and ',' when
// `allowComma`), at least one digit, surrounding whitespace ignored; no exponent, no
// thousands separators, no "nan" or "inf", finite. Empty when not such a number.
[[nodiscard]] std::optional<double> parseDecimal(const QString &text, bool allowComma);

} // namespace khien
