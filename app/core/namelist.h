// A class list as instructors have it: a CSV (or plain text) file of names, one per row, as
// Excel, LibreOffice or a text editor save it. The name is the first cell of each row; a
// header row ("Họ và tên", "Name", ...) is recognised and skipped.
#pragma once

#include <QByteArray>
#include <QStringList>

namespace khien {

inline constexpr qint64 maxNameListBytes = 1024 * 1024;
inline constexpr int maxNameListRows = 2000;

struct NameList
{
    QStringList names;    // trimmed, non-empty, in file order (duplicates kept)
    QStringList problems; // "line N: why", in the UI language; rows with problems are skipped
    QString error;        // the whole file was refused (not UTF-8, too big); names is empty
};

// Cells are separated by ',', ';' or tab (whichever the first row uses), may be quoted with
// '"' (doubled inside), and a UTF-8 BOM is ignored.
[[nodiscard]] NameList parseNameList(const QByteArray &bytes);

} // namespace khien
