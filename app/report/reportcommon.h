// What the report and the certificate share: the translation context "Report", the fonts
// (ones with Vietnamese diacritics), dates and numbers in the report's language, and the
// atomic PDF write through QSaveFile.
#pragma once

#include "coreerror.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QString>

#include <functional>

class QDate;
class QDateTime;
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

[[nodiscard]] QLocale localeFor(const QString &language); // "vi": Vietnamese, else English
[[nodiscard]] QString formatDate(const QDate &date, const QString &language);
[[nodiscard]] QString formatDateTime(const QDateTime &dateTime, const QString &language);
// 0..100 → "85%" ("85,5%" in Vietnamese); one decimal only when it is not whole.
[[nodiscard]] QString formatPercent(double percent, const QLocale &locale);

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
