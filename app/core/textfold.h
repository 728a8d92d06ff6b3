// Folding Vietnamese text to its letters without diacritics, one rule for every place that
// compares or names things by it: typed answers, glossary search, export file names.
#pragma once

#include <QString>

namespace khien {

// `text` without diacritics: decomposed (NFD), non-spacing marks dropped, đ/Đ (and the
// look-alike Ð) -> d/D, recomposed (NFC).
[[nodiscard]] QString withoutDiacritics(const QString &text);

} // namespace khien
