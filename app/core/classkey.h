// A class's results-bundle key as people type it on each classroom PC: 160 random bits in
// Crockford-style base32 (no I, L, O, U), in groups of four ("7K2M-...").
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace khien {

inline constexpr int classKeyChars = 32; // 160 bits

// A new key from the system's secure random source.
[[nodiscard]] QString newClassKey();

// The canonical form of what someone typed: upper case, grouped; spaces and dashes may be
// anywhere, and the look-alikes O/I/L are read as 0/1/1. Empty when it is not a key.
[[nodiscard]] std::optional<QString> normalizeClassKey(const QString &typed);

// The bytes that key the bundle's HMAC (the canonical text, without dashes).
[[nodiscard]] QByteArray classKeyBytes(const QString &canonicalKey);

} // namespace khien
