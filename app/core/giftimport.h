// Importing a Moodle GIFT question bank into a user content pack: the questions become a
// module's quiz in the pack (created if needed). Importing the same bank in the other language
// fills in that language for the questions with the same titles.
#pragma once

#include "giftparser.h"
#include "importreport.h"

namespace khien {

// GIFT questions as Khiên questions (texts in `lang`); answers without feedback take the
// general feedback.
[[nodiscard]] ParsedBank giftBank(const GiftParseResult &parsed, const QString &lang);

// Imports `giftFile` (UTF-8) as `lang` text into module `moduleId` of the pack in `packDir`.
[[nodiscard]] ImportReport importGift(const QString &giftFile, const QString &lang,
                                      const QString &moduleId, const QString &packDir);

} // namespace khien
