// Moodle XML question banks, read (question/format/xml: multichoice, truefalse, shortanswer,
// numerical, matching, ordering, categories, idnumbers, feedback, embedded images) into
// Khiên questions. HTML texts become plain text (htmltext.h); types Khiên cannot play are
// reported by question name and skipped. A DTD or an entity is refused: the file is not read.
#pragma once

#include "importreport.h"

namespace khien {

// The questions of `bytes` (a whole Moodle XML file) with their texts in `lang`.
[[nodiscard]] ParsedBank readMoodleXml(const QByteArray &bytes, const QString &lang);

// Imports the Moodle XML file as `lang` text into module `moduleId` of the pack in `packDir`.
[[nodiscard]] ImportReport importMoodleXml(const QString &xmlFile, const QString &lang,
                                           const QString &moduleId, const QString &packDir);

// Which format a bank file is in, from its name and first bytes: "moodle-xml" or "gift".
[[nodiscard]] QString bankFormatOf(const QString &file);

} // namespace khien
