// `khien bundle export|import`: results bundles (resultsbundle.h) from the command line, to
// carry a classroom PC's results to the instructor's PC.
#pragma once

#include <QStringList>

namespace khien::cli {

// Runs `khien bundle export --key KEY --out FILE [--trainee ID]... [--db PATH]` or
// `khien bundle import --class NAME_OR_ID FILE... [--db PATH]` (`args` without "bundle")
// and returns the exit code: 0 done, 1 failed or a file refused, 2 usage.
[[nodiscard]] int runBundle(const QStringList &args);

} // namespace khien::cli
