// `khien import-gift`, `khien import-moodle` and `khien export-moodle`: question banks in and
// out of Khiên, in Moodle's GIFT and XML formats.
#pragma once

#include <QStringList>

namespace khien::cli {

// `import-gift FILE --lang vi|en --module ID [--pack DIR]`; returns the exit code.
[[nodiscard]] int runImportGift(const QStringList &args);
// `import-moodle FILE --module ID [--lang vi|en] [--pack DIR]`; returns the exit code.
[[nodiscard]] int runImportMoodle(const QStringList &args);
// `export-moodle --module ID --format xml|gift --out PATH [--lang vi|en] [--pack DIR]`.
[[nodiscard]] int runExportMoodle(const QStringList &args);

} // namespace khien::cli
