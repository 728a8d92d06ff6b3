// How numbers, percentages and dates are written for people, in the UI language ("vi" or
// anything else for English): the one place the app, its QML, the PDFs and the CLI take them
// from. Files meant for programs keep machine formats (ISO 8601 dates, '.' decimals).
#pragma once

#include <QLocale>
#include <QString>

class QDate;
class QDateTime;

namespace khien {

// vi_VN for "vi", en_GB otherwise (day before month, 24-hour clock).
[[nodiscard]] QLocale displayLocale(const QString &language);
// At most one decimal, none when the value rounds to a whole number, with the language's
// decimal mark: 11.17 → "11.2" (en), "11,2" (vi); 13.96 → "14".
[[nodiscard]] QString formatNumber(double value, const QString &language);
// 0..100 as formatNumber plus the percent sign: "85%", "85,5%".
[[nodiscard]] QString formatPercent(double percent, const QString &language);
// vi "03/12/2026", en "3 Dec 2026"; empty for an invalid date.
[[nodiscard]] QString formatDate(const QDate &date, const QString &language);
// In local time: vi "03/12/2026 14:05", en "3 Dec 2026, 14:05"; empty when invalid.
[[nodiscard]] QString formatDateTime(const QDateTime &dateTime, const QString &language);

} // namespace khien
