// The practice schedule of "practise my mistakes": where one question stands after an answer.
// Leitner boxes were chosen over SM-2 because answers here are right/wrong (SM-2 wants a 0-5
// recall grade), classroom practice is irregular, and boxes are easy to explain to trainees
// and instructors. Pure: the store keeps the state, this only computes the next one.
#pragma once

#include <QDateTime>

namespace khien {

struct LeitnerState
{
    int box = 0; // 0 = not in the practice set; 1..leitnerBoxes otherwise
    QDateTime dueAt;
};

inline constexpr int leitnerBoxes = 5; // right in box 5 -> leaves the set

// Wrong: box 1, due `now`. Right in box b (1..4): box b+1, due `now` plus 1, 3, 7 or 14 days
// (boxes 2 to 5). Right in box 5, or right while not in the set: box 0, no due time.
[[nodiscard]] LeitnerState nextLeitnerState(LeitnerState current, bool correct,
                                            const QDateTime &now);

} // namespace khien
