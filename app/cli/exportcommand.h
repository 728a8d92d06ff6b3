// `khien export`: scores of a class, a session, chosen trainees or everyone on this PC, for
// an organisation's records, written atomically.
#pragma once

#include <QStringList>

namespace khien::cli {

// Runs `khien export --format csv|answers-csv|xapi|pdf|certificate --out PATH [--class NAME_OR_ID]
// [--session ID] [--trainee ID]... [--separator ';'] [--issuer TEXT] [--db PATH]` with PDF
// texts in `language` ("vi" or "en"), and returns the exit code. PDF formats need a
// QGuiApplication.
[[nodiscard]] int runExport(const QStringList &args, const QString &language);

} // namespace khien::cli
