// Certificate of completion: painted directly with QPainter from the top (shield, title,
// name) and from the bottom (date and issuer lines); the module list takes the space between,
// at the largest size that fits, with a row of the modules' icons under it when they fit.
#include "certificatepdf.h"

#include "displayformat.h"
#include "reportcommon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSvgRenderer>

#include <algorithm>

namespace khien::report {

namespace {

QFont makeFont(const QString &family, double points, bool bold = false, bool italic = false)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    return font;
}

// Draws `text` centred and word-wrapped in the band [top, top + height of the text) of
// `width`; returns the band's bottom.
double drawCentred(QPainter &painter, const QFont &font, double left, double top, double width,
                   const QString &text)
{
    painter.setFont(font);
    const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
    const QRectF bounds = painter.boundingRect(QRectF(left, top, width, 1e6), flags, text);
    painter.drawText(QRectF(left, top, width, bounds.height()), flags, text);
    return top + bounds.height();
}

// A shield with a tick, `height` tall, its top centre at `topCentre`.
void drawShield(QPainter &painter, QPointF topCentre, double height)
{
    const double w = height * 0.8;
    const double x = topCentre.x() - w / 2, y = topCentre.y();
    QPainterPath shield;
    shield.moveTo(x, y + height * 0.12);
    shield.quadTo(x + w / 2, y + height * 0.02, x + w / 2, y);
    shield.quadTo(x + w / 2, y + height * 0.02, x + w, y + height * 0.12);
    shield.lineTo(x + w, y + height * 0.45);
    shield.cubicTo(x + w, y + height * 0.75, x + w * 0.7, y + height * 0.9, x + w / 2, y + height);
    shield.cubicTo(x + w * 0.3, y + height * 0.9, x, y + height * 0.75, x, y + height * 0.45);
    shield.closeSubpath();
    painter.setPen(QPen(Qt::black, mmToPx(0.6)));
    painter.setBrush(QColor(225, 225, 225));
    painter.drawPath(shield);
    QPainterPath tick;
    tick.moveTo(x + w * 0.28, y + height * 0.5);
    tick.lineTo(x + w * 0.45, y + height * 0.66);
    tick.lineTo(x + w * 0.74, y + height * 0.32);
    painter.setPen(QPen(Qt::black, mmToPx(1.4), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(tick);
}

// A signature-style line: `value` above a rule, `caption` below it.
void drawSignatureLine(QPainter &painter, const QRectF &box, const QString &value,
                       const QString &caption, const QString &family)
{
    const double ruleY = box.top() + box.height() * 0.55;
    painter.setPen(Qt::black);
    painter.setFont(makeFont(family, 12));
    painter.drawText(QRectF(box.left(), box.top(), box.width(), ruleY - box.top() - mmToPx(1)),
                     Qt::AlignHCenter | Qt::AlignBottom, value);
    painter.setPen(QPen(Qt::black, mmToPx(0.3)));
    painter.drawLine(QPointF(box.left(), ruleY), QPointF(box.right(), ruleY));
    painter.setFont(makeFont(family, 9, false, true));
    painter.drawText(QRectF(box.left(), ruleY + mmToPx(1), box.width(), box.bottom() - ruleY),
                     Qt::AlignHCenter | Qt::AlignTop, caption);
}

// Shrinks `font` until `text` fits on one line of `width`.
QFont fitted(QFont font, const QString &text, double width, QPaintDevice *device, double minPoints)
{
    while (font.pointSizeF() > minPoints
           && QFontMetricsF(font, device).horizontalAdvance(text) > width)
        font.setPointSizeF(font.pointSizeF() - 1);
    return font;
}

bool paintCertificate(const Certificate &cert, QPdfWriter &writer, QPainter &painter)
{
    painter.setRenderHint(QPainter::Antialiasing);
    const QString sans = sansFamily(), serif = serifFamily();
    const QRectF page(0, 0, writer.width(), writer.height());

    // Double border: a strong outer rule and a fine inner one.
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(Qt::black, mmToPx(1.2)));
    painter.drawRect(page.adjusted(mmToPx(0.6), mmToPx(0.6), -mmToPx(0.6), -mmToPx(0.6)));
    painter.setPen(QPen(Qt::black, mmToPx(0.3)));
    const QRectF inner = page.adjusted(mmToPx(3), mmToPx(3), -mmToPx(3), -mmToPx(3));
    painter.drawRect(inner);

    const QRectF text = inner.adjusted(mmToPx(18), mmToPx(8), -mmToPx(18), -mmToPx(8));
    const double left = text.left(), width = text.width();
    drawShield(painter, QPointF(text.center().x(), text.top()), mmToPx(20));
    double y = text.top() + mmToPx(23);

    QFont title = makeFont(serif, 28, true);
    title.setCapitalization(QFont::AllUppercase);
    title.setLetterSpacing(QFont::PercentageSpacing, 108);
    painter.setPen(Qt::black);
    y = drawCentred(painter, title, left, y, width, Report::tr("Certificate of completion"));
    y = drawCentred(painter, makeFont(serif, 13, false, true), left, y + mmToPx(5), width,
                    //: Certificate: comes before the trainee's name
                    Report::tr("This certifies that"));
    const QFont nameFont = fitted(makeFont(serif, 34, true), cert.traineeName, width, &writer, 14);
    y = drawCentred(painter, nameFont, left, y + mmToPx(3), width, cert.traineeName);
    const double nameWidth = QFontMetricsF(nameFont, &writer).horizontalAdvance(cert.traineeName);
    const double ruleHalf = std::min(width, std::max(mmToPx(120), nameWidth + mmToPx(10))) / 2;
    painter.setPen(QPen(Qt::black, mmToPx(0.25)));
    painter.drawLine(QPointF(text.center().x() - ruleHalf, y + mmToPx(1.5)),
                     QPointF(text.center().x() + ruleHalf, y + mmToPx(1.5)));
    painter.setPen(Qt::black);
    const QString completed = cert.modulesCompleted.isEmpty()
            //: Certificate: after the trainee's name, when no module is listed
            ? Report::tr("has completed the training in safe internet use.")
            //: Certificate: after the trainee's name, before the list of modules
            : Report::tr("has completed the following modules of the training in safe internet use:");
    y = drawCentred(painter, makeFont(sans, 12), left, y + mmToPx(5), width, completed);

    // Date and issuer lines at the bottom.
    const double linesTop = text.bottom() - mmToPx(22);
    const double boxWidth = mmToPx(75);
    drawSignatureLine(painter, QRectF(left + mmToPx(10), linesTop, boxWidth, mmToPx(22)),
                      formatDate(cert.date, cert.language), Report::tr("Date"), sans);
    drawSignatureLine(painter, QRectF(text.right() - mmToPx(10) - boxWidth, linesTop, boxWidth,
                                      mmToPx(22)),
                      cert.issuer,
                      //: Certificate: caption under the organisation or instructor's name
                      Report::tr("Issued by"), sans);
    const QFont classFont = makeFont(sans, 11);
    const QString classLine = Report::tr("Class: %1").arg(cert.className);
    painter.setFont(classFont);
    const double classHeight = cert.className.isEmpty()
            ? 0
            : painter.boundingRect(QRectF(left, 0, width, 1e6), Qt::AlignHCenter | Qt::TextWordWrap,
                                   classLine).height() + mmToPx(6);

    // A row of the completed modules' icons, when they fit on one line above the class.
    QStringList icons;
    for (const QString &icon : cert.moduleIcons)
        if (!icon.isEmpty())
            icons.append(icon);
    const double iconSize = mmToPx(13), iconGap = mmToPx(4);
    const bool iconRow = !icons.isEmpty() && icons.size() * (iconSize + iconGap) <= width;
    const double iconRowHeight = iconRow ? iconSize + mmToPx(5) : 0;

    // The modules take the space left above the class, one a line when few, else run on with
    // " · " (lines break only after a dot, never inside a title).
    y += mmToPx(3);
    if (!cert.modulesCompleted.isEmpty()) {
        QStringList titles;
        for (const QString &title : cert.modulesCompleted)
            titles << QString(title).replace(QLatin1Char(' '), QChar::Nbsp);
        const QString list = titles.join(titles.size() <= 6 ? QStringLiteral("\n")
                                                            : QStringLiteral("\u00A0· "));
        const QRectF room(left + mmToPx(10), y, width - mmToPx(20),
                          linesTop - mmToPx(4) - classHeight - iconRowHeight - y);
        const int flags = Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap;
        QFont listFont = makeFont(sans, 13, true);
        QRectF used;
        for (;; listFont.setPointSizeF(listFont.pointSizeF() - 0.5)) {
            painter.setFont(listFont);
            used = painter.boundingRect(room, flags, list);
            if (used.height() <= room.height() || listFont.pointSizeF() <= 6)
                break;
        }
        painter.drawText(room, flags, list);
        y += used.height();
    }
    if (iconRow) {
        double x = text.center().x() - (icons.size() * (iconSize + iconGap) - iconGap) / 2;
        for (const QString &icon : std::as_const(icons)) {
            QSvgRenderer svg(icon);
            if (svg.isValid())
                svg.render(&painter, QRectF(x, y + mmToPx(4), iconSize, iconSize));
            x += iconSize + iconGap;
        }
        y += iconRowHeight;
    }
    if (!cert.className.isEmpty())
        drawCentred(painter, classFont, left, y + mmToPx(6), width, classLine);
    return true;
}

} // namespace

bool writeCertificatePdf(const Certificate &certificate, const QString &path, CoreError *error)
{
    //: PDF document title: %1 is the trainee's name
    return writePdf(path, QPageLayout::Landscape,
                    Report::tr("Certificate of completion: %1").arg(certificate.traineeName),
                    [&certificate](QPdfWriter &writer, QPainter &painter) {
                        return paintCertificate(certificate, writer, painter);
                    },
                    error);
}

} // namespace khien::report
