// Importing a Moodle GIFT question bank into a user content pack: the questions become a
// module's quiz in the pack (created if needed). Importing the same bank in the other language
// fills in that language for the questions with the same titles.
#pragma once

#include "giftparser.h"

#include <QMap>
#include <QStringList>

namespace khien {

struct GiftImportReport
{
    QString error;                 // the import did not happen (file unreadable, pack broken...)
    QMap<QString, int> importedByType;
    QVector<GiftSkip> skipped;     // by line, with the reason
    QString moduleFile;            // written on success

    [[nodiscard]] int imported() const;
};

// Imports `giftFile` (UTF-8) as `lang` text into module `moduleId` of the pack in `packDir`.
[[nodiscard]] GiftImportReport importGift(const QString &giftFile, const QString &lang,
                                          const QString &moduleId, const QString &packDir);

} // namespace khien
