#include "liveqrcode.h"

#include "qrcode.h"

#include <QPainter>

LiveQrCode::LiveQrCode(QQuickItem *parent)
    : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setFillColor(Qt::white);
}

void LiveQrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_image = khien::live::qrCodeImage(text.toUtf8());
    emit textChanged();
    update();
}

void LiveQrCode::paint(QPainter *painter)
{
    if (m_image.isNull())
        return;
    // Whole pixels per module, centred: every module the same size, so a phone reads it.
    const int side = int(qMin(width(), height()));
    const int unit = qMax(1, side / m_image.width());
    const int drawn = unit * m_image.width();
    const QRect target(int(width() - drawn) / 2, int(height() - drawn) / 2, drawn, drawn);
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->drawImage(target, m_image);
}
