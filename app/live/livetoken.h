// Secrets of a live session: the 6-digit join code and the participants' tokens. Only a
// token's SHA-256 is kept (in memory and in the database).
#pragma once

#include <QByteArray>
#include <QString>

namespace khien::live {

// 6 random digits from the system's generator, leading zeros kept.
[[nodiscard]] QString newCode();
// 32 random bytes from the system's generator, base64url without padding (43 characters).
[[nodiscard]] QString newToken();
// SHA-256 of the token's UTF-8, hex; what is stored and compared.
[[nodiscard]] QByteArray tokenHash(const QString &token);

} // namespace khien::live
