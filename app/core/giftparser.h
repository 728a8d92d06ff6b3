// Moodle's GIFT question format, read into plain values: single and multiple choice (with
// weights), true/false, matching, feedback per answer and general feedback, titles,
// categories, comments, escapes and text-format markers. Types Khiên cannot play (numeric,
// short answer, essay, missing word) are reported by line and skipped.
#pragma once

#include <QString>
#include <QVector>

namespace khien {

struct GiftAnswer
{
    QString text;
    QString match;    // matching: the right-hand side
    double weight = 0; // percent; "=" is 100, "~" is 0 unless weighted
    QString feedback;
};

struct GiftQuestion
{
    int line = 0;
    QString title;
    QString category;
    QString text;
    enum class Kind { Single, Multiple, TrueFalse, Matching } kind = Kind::Single;
    bool trueIsRight = false; // true/false
    QString feedbackIfWrong;  // true/false: shown for the wrong choice
    QString feedbackIfRight;  // true/false: shown for the right choice
    QVector<GiftAnswer> answers;
    QString generalFeedback;
};

struct GiftSkip
{
    int line = 0;
    QString reason;
};

struct GiftParseResult
{
    QVector<GiftQuestion> questions;
    QVector<GiftSkip> skipped;
};

[[nodiscard]] GiftParseResult parseGift(const QString &text);

} // namespace khien
