// A Khiên module's quiz written as a Moodle question bank, in one language: Moodle XML or
// GIFT. Red-flag questions become multiple-answer questions over the mock's parts (the
// question text says so); scenarios, and ordering questions in GIFT (which has no such
// type), are reported and left out. Importing the result gives back the same questions.
#pragma once

#include "importreport.h"

namespace khien {

enum class BankFormat { MoodleXml, Gift };

struct BankExport
{
    QByteArray data;
    int written = 0;          // questions written
    QVector<ImportNote> notes; // questions left out or changed, by question id
};

[[nodiscard]] BankExport exportBank(const Module &module, const QString &lang, BankFormat format);

// The note added to a red-flag question's text, in `lang`.
[[nodiscard]] QString redFlagsNote(const QString &lang);

namespace detail {
[[nodiscard]] BankExport giftBankOf(const Module &module, const QString &lang);
[[nodiscard]] BankExport moodleXmlBankOf(const Module &module, const QString &lang);
} // namespace detail

} // namespace khien
