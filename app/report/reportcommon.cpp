// Fonts and the atomic PDF write shared by the report and the certificate.
#include "reportcommon.h"

#include "atomicwrite.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace khien::report {

namespace {

QString firstInstalled(const QStringList &candidates, const QString &fallback)
{
    const QStringList installed = QFontDatabase::families();
    for (const QString &family : candidates)
        if (installed.contains(family, Qt::CaseInsensitive))
            return family;
    return fallback;
}

void setError(CoreError *error, const CoreError &value)
{
    if (error)
        *error = value;
}

} // namespace

QString sansFamily()
{
    return firstInstalled({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans")},
                          QGuiApplication::font().family());
}

QString serifFamily()
{
    return firstInstalled({QStringLiteral("Noto Serif"), QStringLiteral("DejaVu Serif")},
                          sansFamily());
}

bool writePdf(const QString &path, QPageLayout::Orientation orientation, const QString &title,
              const PagePainter &paint, CoreError *error)
{
    // Laid out in memory, then written with every write checked: QPdfWriter ignores the
    // results of its device's writes, so streaming it to a file on a full disk would go unseen.
    QByteArray pdf;
    bool painted = false;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfDpi);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), orientation,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Khiên"));
        QPainter painter;
        painted = painter.begin(&writer) && paint(writer, painter);
        if (painter.isActive())
            painted = painter.end() && painted;
    }
    if (!painted || pdf.isEmpty()) {
        setError(error, {ErrorCode::PdfNotDrawn, path, QStringLiteral("QPdfWriter painted nothing")});
        return false;
    }
    // On failure the file that was there stays as it was.
    if (const auto failure = writeFileAtomically(path, pdf)) {
        setError(error, {ErrorCode::FileNotWritten, path, failure->reason});
        return false;
    }
    return true;
}

} // namespace khien::report
