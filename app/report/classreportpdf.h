// The class report as a PDF for an instructor: who passed what, a chart of each module's
// pass rate, and the item analysis of the quizzes.
#pragma once

#include "coreerror.h"
#include "reportdata.h"

#include <QString>

namespace khien::report {

// A4 (landscape when there are more than three modules): title block, a bar chart of the
// share of trainees who passed each module, a trainees × modules table (grade, passed,
// attempts, lessons read; "–" where nothing is recorded) and the item analysis table. Tables
// flow onto further pages with their header row repeated; every page has a page number.
// Texts are in the installed translation of the "Report" context; dates and numbers follow
// `report.language`. Every value is shown as text, never read as markup. The file is written
// whole or not at all; on failure `error` (if given) says why.
[[nodiscard]] bool writeClassReportPdf(const ClassReport &report, const QString &path,
                                       CoreError *error);

} // namespace khien::report
