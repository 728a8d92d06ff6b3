// What the report and the certificate share: the translation context "Report", the fonts
// (ones with Vietnamese diacritics) and the atomic PDF write. Dates and numbers are written
// by displayformat.h, as everywhere else.
#pragma once

#include "coreerror.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QString>

#include <functional>

class QPainter;
class QPdfWriter;

namespace khien::report {

class Report
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// "Noto Sans" when installed, else "DejaVu Sans", else the application's default family.
[[nodiscard]] QString sansFamily();
// "Noto Serif", else "DejaVu Serif", else sansFamily(): the certificate's headings.
[[nodiscard]] QString serifFamily();


// Resolution of the PDFs: lengths in the painters are device pixels at this many dpi.
constexpr int pdfDpi = 300;
[[nodiscard]] inline double mmToPx(double mm) { return mm / 25.4 * pdfDpi; }

// `paint` draws every page on an active painter of an A4 writer with `orientation` and
// 15 mm margins; returns false when it cannot. The file at `path` is then replaced whole, or
// left untouched (no partial file) with `error` (if given) saying why (PdfNotDrawn or
// FileNotWritten).
using PagePainter = std::function<bool(QPdfWriter &, QPainter &)>;
[[nodiscard]] bool writePdf(const QString &path, QPageLayout::Orientation orientation,
                            const QString &title, const PagePainter &paint, CoreError *error);

} // namespace khien::report
