// One line of a scenario's decision trail: the choice made and what it led to, joined so that
// no punctuation is doubled whatever the content ends its texts with.
#pragma once

#include <QString>

namespace khien {

// "Call back." + "They confirm." → "Call back. They confirm."; a choice without a sentence
// end is followed by ": " ("Call back: they confirm."); trailing ",", ":", ";" or dashes of
// the choice are dropped first. Either text may be empty.
[[nodiscard]] QString decisionTrailLine(const QString &choice, const QString &consequence);

} // namespace khien
