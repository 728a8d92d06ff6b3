#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace khien::live {

QImage qrCodeImage(const QByteArray &text)
{
    if (text.isEmpty() || text.size() > kQrMaxBytes || text.contains('\0'))
        return {};
    // 8-bit mode: the URL is encoded byte for byte, whatever its case and characters.
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code || code->width <= 0)
        return {};
    const int width = code->width;
    const int side = width + 2 * kQrQuietZone;
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < width; ++y) {
        uchar *line = image.scanLine(y + kQrQuietZone) + kQrQuietZone;
        const unsigned char *row = code->data + qsizetype(y) * width;
        for (int x = 0; x < width; ++x)
            line[x] = (row[x] & 1) ? 0 : 255; // bit 0: dark module
    }
    return image;
}

} // namespace khien::live
