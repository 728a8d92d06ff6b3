// Score exports as CSV that Excel and LibreOffice open with Vietnamese names intact: UTF-8
// with a BOM, CRLF rows, quoting where needed, and cells that a spreadsheet would run as a
// formula neutralised (CSV injection). Qt Core only; reads through Store's public API.
#pragma once

#include "classdashboard.h"

#include <QByteArray>
#include <QChar>
#include <QSet>
#include <QString>

namespace khien {

class CourseCatalog;
class Store;

struct CsvOptions
{
    // ',' or ';'. With ';' (what Excel expects where the decimal mark is a comma, as in
    // Vietnamese Windows) numbers are written with a decimal comma too.
    QChar separator = QLatin1Char(',');
    // Whose results: everyone on this PC, a class, a session (its class and its modules),
    // or chosen trainees.
    DashboardScope scope;
    GradePolicy policy = GradePolicy::Best;
};

// One cell: a value beginning with =, +, -, @, tab or CR gets a leading ' (OWASP), so the
// spreadsheet shows it as text instead of running it; then the cell is quoted (inner quotes
// doubled) when it holds the separator, a quote, CR or LF.
[[nodiscard]] QString csvCell(const QString &value, QChar separator);

// One row per trainee × module in scope (buildDashboard()): trainee, group, module id,
// module title in Vietnamese and in English, lessons of the module read, finished (not
// abandoned) attempts, the recorded grade in percent by the policy (empty when none), passed
// (yes/no), minutes spent answering, trainee id. Header row first.
[[nodiscard]] QByteArray summaryCsv(const Store &store, const CourseCatalog &catalog,
                                    const CsvOptions &options);

// One row per answer of every attempt (oldest attempt first, answers in the order asked):
// trainee, module, quiz, attempt id, question id, type, chosen option ids (space separated,
// in the order shown), correct (yes/no), points, time taken (ms), language, content version,
// answered at (ISO 8601, UTC). Header row first.
[[nodiscard]] QByteArray answersCsv(const Store &store, const CsvOptions &options);

// Writes `data` to `path` through QSaveFile: the file is complete or untouched, never half
// written. On failure `error` (if given) says why, in the UI language.
[[nodiscard]] bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace khien
