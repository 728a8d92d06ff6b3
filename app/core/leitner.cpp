// Leitner boxes: the rules of nextLeitnerState() and the interval of each box.
#include "leitner.h"

namespace khien {

namespace {

// Days until a question in `box` is due again. Box 1 holds fresh mistakes: due at once.
int intervalDays(int box)
{
    switch (box) {
    case 2: return 1;
    case 3: return 3;
    case 4: return 7;
    case 5: return 14;
    default: return 0;
    }
}

} // namespace

LeitnerState nextLeitnerState(LeitnerState current, bool correct, const QDateTime &now)
{
    if (!correct)
        return {1, now};
    // Right while not in the set, or right in the last box (or a box past it, should a
    // damaged row hold one): out of the set.
    if (current.box < 1 || current.box >= leitnerBoxes)
        return {};
    const int box = current.box + 1;
    return {box, now.addDays(intervalDays(box))};
}

} // namespace khien
