// Bar chart drawing: labels on the left, bars on a 0–100% grid, values on the right. Greys
// only, so it prints the same in black and white.
#include "barchart.h"

#include "reportcommon.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace khien::report {

namespace {

const double rowMm = 7.0;
const double axisMm = 6.0;

QFont chartFont(const QString &family)
{
    QFont font(family);
    font.setPointSizeF(8);
    return font;
}

} // namespace

BarChartObject::BarChartObject(QVector<Bar> bars, QString fontFamily, QObject *parent)
    : QObject(parent), m_bars(std::move(bars)), m_fontFamily(std::move(fontFamily))
{
}

void BarChartObject::insertInto(QTextCursor &cursor)
{
    cursor.document()->documentLayout()->registerHandler(objectType, this);
    QTextCharFormat format;
    format.setObjectType(objectType);
    cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
}

QSizeF BarChartObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    const QSizeF page = doc->pageSize();
    const double width = page.width() - 2 * doc->documentMargin();
    // Never taller than half a page: an object is not split across pages.
    const double height = std::min(mmToPx(rowMm) * m_bars.size() + mmToPx(axisMm),
                                   page.height() / 2);
    return {width * 0.98, height};
}

void BarChartObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                const QTextFormat &)
{
    if (m_bars.isEmpty())
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFont font = chartFont(m_fontFamily);
    painter->setFont(font);
    const QFontMetricsF metrics(font, painter->device());

    const double labelWidth = rect.width() * 0.32;
    const double valueWidth = mmToPx(28);
    const double gap = mmToPx(2);
    const double axisHeight = mmToPx(axisMm);
    const double rowHeight = (rect.height() - axisHeight) / m_bars.size();
    const QRectF plot(rect.left() + labelWidth + gap, rect.top(),
                      rect.width() - labelWidth - valueWidth - 2 * gap, rect.height() - axisHeight);

    // Grid every 25%, labelled under the plot.
    for (int step = 0; step <= 4; ++step) {
        const double x = plot.left() + plot.width() * step / 4;
        const bool axis = step == 0;
        painter->setPen(QPen(axis ? QColor(40, 40, 40) : QColor(190, 190, 190),
                             mmToPx(axis ? 0.3 : 0.15)));
        painter->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        painter->setPen(Qt::black);
        const QString tick = QString::number(step * 25) + QLatin1Char('%');
        painter->drawText(QRectF(x - mmToPx(10), plot.bottom() + mmToPx(1), mmToPx(20), axisHeight),
                          Qt::AlignHCenter | Qt::AlignTop, tick);
    }

    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars[i];
        const double top = plot.top() + i * rowHeight;
        const QRectF labelRect(rect.left(), top, labelWidth, rowHeight);
        painter->setPen(Qt::black);
        painter->drawText(labelRect, Qt::AlignRight | Qt::AlignVCenter,
                          metrics.elidedText(bar.label, Qt::ElideRight, labelWidth));
        const double length = plot.width() * std::clamp(bar.value, 0.0, 1.0);
        const QRectF barRect(plot.left(), top + rowHeight * 0.2, length, rowHeight * 0.6);
        painter->setPen(QPen(QColor(30, 30, 30), mmToPx(0.2)));
        painter->setBrush(QColor(110, 110, 110));
        if (length > 0)
            painter->drawRect(barRect);
        painter->setPen(Qt::black);
        painter->drawText(QRectF(plot.right() + gap, top, valueWidth, rowHeight),
                          Qt::AlignLeft | Qt::AlignVCenter, bar.valueText);
    }
    painter->restore();
}

} // namespace khien::report
