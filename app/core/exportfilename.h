// File names Khiên proposes when it saves something: ASCII letters, digits and '-' only,
// Vietnamese diacritics removed ("Lớp 10A1" → "Lop-10A1"), so that a name survives a USB
// stick formatted FAT32, an e-mail attachment and Windows.
#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace khien {

// "Lớp 10A1 – An toàn" → "Lop-10A1-An-toan"; at most maxLength characters, cut at a '-'
// where one is near; empty when nothing usable is left (emoji, other scripts).
[[nodiscard]] QString fileNamePart(const QString &text, int maxLength = 40);

// The parts folded and joined by '-', then the date (yyyy-MM-dd) and ".suffix":
// {"Lớp 10A1", "điểm"}, 2026-12-03, "csv" → "Lop-10A1-diem-2026-12-03.csv". Parts that fold
// to nothing are left out; with none left the name starts with "khien".
[[nodiscard]] QString proposedFileName(const QStringList &parts, QDate date, const QString &suffix);

} // namespace khien
