// Questions read from a bank (GIFT or Moodle XML) put into a module of a user content pack,
// all or nothing: the pack that would result is written to a scratch folder and loaded with
// the real content loader first; only a pack that loads is written, atomically.
#pragma once

#include "importreport.h"

#include <optional>

namespace khien {

struct ImportTarget
{
    QString lang;     // the language of the bank's texts: vi or en
    QString moduleId; // [a-z0-9-]{1,64}
    QString packDir;  // created when missing
    QString writer;   // names the command in the module file's comment (import-gift, import-moodle)
};

// Why the import cannot start (bad language or module id), or empty.
[[nodiscard]] QString checkImportTarget(const ImportTarget &target);

// The file's bytes; nothing (with `error` set) when it cannot be read or is larger than
// `maxBytes`, which is checked before anything is read.
[[nodiscard]] std::optional<QByteArray> readBankFile(const QString &path, qint64 maxBytes, QString &error);

// Imports `bank` as `target.lang` texts. Importing the same bank in the other language
// (same titles, idnumbers or texts) fills in that language for the questions already there.
[[nodiscard]] ImportReport importIntoPack(const ParsedBank &bank, const ImportTarget &target);

} // namespace khien
