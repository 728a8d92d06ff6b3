// The join screen's QR code: libqrencode's symbol turned into an image with its quiet zone.
// No QR decoder ships with Debian's Qt, so the test checks the structure a phone's reader
// relies on: the size for the text's version, the white border, the three finder patterns and
// the timing lines.
#include "qrcode.h"

#include <QTest>

using namespace khien::live;

namespace {

bool dark(const QImage &image, int x, int y)
{
    return qGray(image.pixel(x + kQrQuietZone, y + kQrQuietZone)) < 128;
}

// A finder pattern with its top-left corner at (x, y) in symbol coordinates: a 7×7 dark ring,
// a white ring, a 3×3 dark centre.
bool finderAt(const QImage &image, int x, int y)
{
    for (int dy = 0; dy < 7; ++dy)
        for (int dx = 0; dx < 7; ++dx) {
            const bool ring = dx == 0 || dy == 0 || dx == 6 || dy == 6;
            const bool centre = dx >= 2 && dx <= 4 && dy >= 2 && dy <= 4;
            if (dark(image, x + dx, y + dy) != (ring || centre))
                return false;
        }
    return true;
}

} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT

private slots:
    void joinUrlHasTheStructureOfAQrCode()
    {
        // 35 bytes in 8-bit mode at level M: version 3, 29 modules a side.
        const QImage image = qrCodeImage("http://192.168.1.10:41234/#c=123456");
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), 29 + 2 * kQrQuietZone);
        QCOMPARE(image.height(), image.width());
        const int width = image.width() - 2 * kQrQuietZone;

        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x) {
                const bool border = x < kQrQuietZone || y < kQrQuietZone || x >= image.width() - kQrQuietZone
                                    || y >= image.height() - kQrQuietZone;
                if (border)
                    QVERIFY2(qGray(image.pixel(x, y)) == 255, qPrintable(QStringLiteral("quiet zone at %1,%2").arg(x).arg(y)));
                else
                    QVERIFY(qGray(image.pixel(x, y)) == 0 || qGray(image.pixel(x, y)) == 255);
            }

        QVERIFY(finderAt(image, 0, 0));
        QVERIFY(finderAt(image, width - 7, 0));
        QVERIFY(finderAt(image, 0, width - 7));
        QVERIFY(!finderAt(image, width - 7, width - 7));
        // Timing patterns between the finders: alternate dark and light, dark on even modules.
        for (int i = 8; i < width - 8; ++i) {
            QCOMPARE(dark(image, i, 6), i % 2 == 0);
            QCOMPARE(dark(image, 6, i), i % 2 == 0);
        }
        // The dark module beside the bottom-left finder, always present.
        QVERIFY(dark(image, 8, width - 8));
    }

    void sameTextSameCodeOtherTextOtherCode()
    {
        const QImage a = qrCodeImage("http://10.0.0.2:5000/#c=111111");
        QCOMPARE(qrCodeImage("http://10.0.0.2:5000/#c=111111"), a);
        const QImage b = qrCodeImage("http://10.0.0.2:5000/#c=111112");
        QCOMPARE(b.size(), a.size());
        QVERIFY(b != a);
    }

    void longerTextNeedsMoreModules()
    {
        const QImage small = qrCodeImage("http://10.0.0.2:5000/#c=111111");
        const QImage large = qrCodeImage(QByteArray(kQrMaxBytes, 'a'));
        QVERIFY(!large.isNull());
        QVERIFY(large.width() > small.width());
    }

    void refusesWhatItCannotShow()
    {
        QVERIFY(qrCodeImage(QByteArray()).isNull());
        QVERIFY(qrCodeImage(QByteArray(kQrMaxBytes + 1, 'a')).isNull());
        QVERIFY(qrCodeImage(QByteArray("http://a/\0b", 11)).isNull());
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
