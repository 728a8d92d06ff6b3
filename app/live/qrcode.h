// A QR code (libqrencode) of a short text such as a live session's join URL, as an image with
// one pixel per module and the quiet zone the standard asks for; the screen scales it up
// without smoothing (LiveQrCode).
#pragma once

#include <QByteArray>
#include <QImage>

namespace khien::live {

// Modules of white border around the symbol (ISO/IEC 18004 asks for 4).
inline constexpr int kQrQuietZone = 4;
// Longer texts are refused: a join URL is about 40 bytes; a QR code of more would be too dense
// to scan from the back of a room.
inline constexpr int kQrMaxBytes = 256;

// Black on white, Format_Grayscale8, (width + 2 * kQrQuietZone) pixels square, error
// correction level M. A null image when `text` is empty, longer than kQrMaxBytes, holds a NUL byte or cannot be
// encoded.
[[nodiscard]] QImage qrCodeImage(const QByteArray &text);

} // namespace khien::live
