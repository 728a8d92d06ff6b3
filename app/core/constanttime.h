// Comparing secrets (passphrase hashes, integrity tags) without leaking where they differ.
#pragma once

#include <QByteArray>

namespace khien {

// Does not stop at the first differing byte, so timing tells nothing about the secret.
[[nodiscard]] inline bool equalInConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace khien
