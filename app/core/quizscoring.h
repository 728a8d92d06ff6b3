// How an answer to one question is scored. The rules, per type:
// - single, truefalse: 1 point for the correct option, 0 otherwise;
// - multiple: each correct option chosen earns 1/C, each wrong option chosen costs 1/W
//   (C, W = numbers of correct and wrong options), floored at 0; choosing every option scores
//   0, the same as choosing none, so guessing everything never pays.
// An answer is "correct" only with full points.
#pragma once

#include "course.h"

#include <QStringList>

namespace khien {

struct ScoredAnswer
{
    double points = 0;
    double maxPoints = 1;
    bool correct = false;
    bool valid = true; // false when `chosen` names an unknown option or breaks the type's shape
};

[[nodiscard]] ScoredAnswer scoreAnswer(const Question &question, const QStringList &chosen);

} // namespace khien
