// How an answer to one question is scored; every question is worth one point.
// - single, truefalse: 1 for the correct option, 0 otherwise;
// - multiple and redflags (flags are the correct options): each correct option chosen earns
//   1/C, each wrong one costs 1/W (C, W = numbers of correct and wrong options), floored at 0,
//   so choosing everything scores 0, the same as choosing nothing;
// - ordering with precedences (any item has after="..."): the share of the required pairs
//   the trainee's order keeps. The required pairs are "a before b" for every a named in b's
//   after, closed transitively (a before b, b before c: a before c too); items with no pair
//   between them are interchangeable, so every order that keeps the pairs scores 1;
// - ordering without precedences (the file's order is the only right one): (L - 1) / (n - 1),
//   L = longest run of items in the right relative order (longest common subsequence with the
//   correct order), n items: reversed scores 0;
// - matching: 1/n per left item given its own partner;
// - scenario: points along the path / the most points any path earns;
// - missingword: as single (the options are the words offered for the gap);
// - shortanswer: the typed text and every accepted pattern are normalised (typedanswer.h):
//   NFC (so Telex/VNI input in NFD matches), whitespace runs collapsed, punctuation at the
//   ends dropped and inside turned into a space, case-folded unless case="sensitive", and
//   with diacritics="optional" Vietnamese diacritics removed (NFD, combining marks dropped,
//   đ/Đ -> d/D). An answer matches when one of its patterns (any language) matches the whole
//   text, `*` standing for any run of characters (including none). Points = the highest
//   fraction among matching answers, 0 when none matches;
// - numeric: the typed text is a decimal number with '.' or ',' as decimal mark and an
//   optional sign, nothing else (no exponent, no thousands separators, no "nan"); points =
//   the highest fraction among answers with |x - value| <= tolerance (plus a rounding
//   allowance of 1e-9 of the value's size). Text that is no such number scores 0.
// Typed text longer than maxTypedAnswerLength (500 code points) is not a valid answer.
// An answer counts as correct only with full points.
#pragma once

#include "course.h"
#include "storerecords.h"

#include <QSet>
#include <QStringList>

namespace khien {

struct ScoredAnswer
{
    double points = 0;
    double maxPoints = 1;
    bool correct = false;
    bool valid = true; // false when `chosen` is not a possible answer to the question
};

// `chosen`: option ids (single, multiple, truefalse, redflags: the parts marked); item ids in
// the trainee's order (ordering); for each pair in the file's order, the id of the pair whose
// right side was given to it (matching); choice ids along the path (scenario); the one option
// chosen for the gap (missingword); the text as typed, one element (shortanswer, numeric).
[[nodiscard]] ScoredAnswer scoreAnswer(const Question &question, const QStringList &chosen);

// An answer ready for the store: the question, what was chosen and how it scored. The caller
// adds what only it knows: time taken, language, content version, time and position.
[[nodiscard]] AnswerRecord answerRecord(const QString &attemptId, const Question &question,
                                        const QStringList &chosen, const ScoredAnswer &scored);

// Shortanswer and numeric: the accepted answer that earns `chosen` its points (the highest
// fraction among those that accept it); null when none does or `chosen` is not one typed text.
[[nodiscard]] const Option *bestAcceptedAnswer(const Question &question, const QStringList &chosen);

// The pairs (before, after) of item indexes an ordering requires, transitively closed; empty
// for an ordering without precedences.
[[nodiscard]] QVector<QPair<int, int>> orderingPrecedences(const Question &ordering);

// For each item in the file's order, whether the trainee's order `chosen` has it right: with
// precedences, every required pair it is in is kept; without, it is at its own place.
[[nodiscard]] QVector<bool> orderingItemsRight(const Question &ordering, const QStringList &chosen);

// Where a scenario path leads: the step (or ending) reached, the points so far and the facts
// set, following routes automatically. Empty when `choices` is not a possible path.
struct ScenarioPosition
{
    const ScenarioStep *step = nullptr;
    double points = 0;
    QSet<QString> facts;
};
[[nodiscard]] std::optional<ScenarioPosition> walkScenario(const Question &scenario, const QStringList &choices);

} // namespace khien
