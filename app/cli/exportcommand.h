// `khien export`: scores and statements of the trainees on this PC, for an organisation's
// records, written atomically.
#pragma once

#include <QStringList>

namespace khien::cli {

// Runs `khien export --format csv|answers-csv|xapi --out PATH [--separator ';'] [--trainee ID]...`
// and returns the exit code.
[[nodiscard]] int runExport(const QStringList &args);

} // namespace khien::cli
