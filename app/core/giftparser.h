// Moodle's GIFT question format, read into plain values: single and multiple choice (with
// weights), true/false, matching, short answer, numeric (value, value:tolerance, range,
// several weighted answers), missing word, feedback per answer and general feedback, titles,
// categories, comments, escapes and text-format markers. Essays and descriptions are reported
// by line and skipped; a block left open is reported at the line that opened it.
#pragma once

#include "importreport.h"

#include <QString>
#include <QVector>

namespace khien {

struct GiftAnswer
{
    QString text;
    QString match;     // matching: the right-hand side
    double weight = 0; // percent; "=" is 100, "~" is 0 unless weighted
    QString feedback;
    double value = 0;     // numeric
    double tolerance = 0; // numeric
};

struct GiftQuestion
{
    int line = 0;
    QString title;
    QString category;
    QString text;
    QString textAfter; // missing word: the text after the answer block
    enum class Kind { Single, Multiple, TrueFalse, Matching, ShortAnswer, Numeric, MissingWord } kind = Kind::Single;
    bool trueIsRight = false; // true/false
    QString feedbackIfWrong;  // true/false: shown for the wrong choice
    QString feedbackIfRight;  // true/false: shown for the right choice
    QVector<GiftAnswer> answers;
    QString generalFeedback;
};

struct GiftParseResult
{
    QVector<GiftQuestion> questions;
    QVector<ImportNote> skipped; // by line, with the reason
};

[[nodiscard]] GiftParseResult parseGift(const QString &text);

// Text with GIFT's special characters escaped (~ = # { } : \), for writing GIFT.
[[nodiscard]] QString giftEscape(const QString &text);

} // namespace khien
