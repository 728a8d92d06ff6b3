// One rule for text that comes from outside Khiên (names, class codes, content titles,
// imported questions, bundles): how it is cleaned, how its length is counted, and which
// characters it may not hide.
#pragma once

#include <QByteArray>
#include <QString>

namespace khien {

// Names of trainees and classes: at most this many characters (Unicode code points, the
// same count everywhere: the profile form, class lists, results bundles).
inline constexpr int maxNameLength = 100;

// Characters that change how text around them is shown without being seen themselves:
// bidirectional overrides and isolates (U+202A-202E, U+2066-2069, U+200E/F, U+061C),
// zero-width spaces and joiners used outside emoji (U+200B-200D, U+2060, U+FEFF), other
// Unicode format characters, and control characters other than tab and newline.
[[nodiscard]] bool isHiddenCharacter(char32_t c);
// The first hidden character of `text`, as code point; 0 when there is none.
[[nodiscard]] char32_t firstHiddenCharacter(const QString &text);

// A name as it is stored and shown: NFC (Telex and VNI input give the same letters),
// hidden characters removed (a zero-width joiner is kept inside an emoji sequence),
// whitespace collapsed to single spaces, trimmed.
[[nodiscard]] QString cleanName(const QString &raw);
// The 1-based line of the first byte sequence that is not UTF-8; 0 when all of it is.
[[nodiscard]] int lineOfInvalidUtf8(const QByteArray &bytes);

// Length in code points: what maxNameLength counts.
[[nodiscard]] int textLength(const QString &text);

} // namespace khien
