// Facts that expire: lessons, questions and sources may carry review-by="YYYY-MM-DD", the day
// by which someone must check them again (an end-of-support date, a decree in transition, a
// hotline whose operator may change).
#pragma once

#include "contentissue.h"
#include "course.h"

#include <QDate>

namespace khien {

struct ReviewDue
{
    QDate reviewBy;
    QString moduleId;
    QString file;        // the module file
    QString description; // what to check, in the UI language: "lesson \"x\"", "source \"T\" of question \"q\""
};

// Everything with a review-by date on or before `until`, earliest first.
[[nodiscard]] QVector<ReviewDue> contentDueForReview(const Course &course, const QDate &until);

// check-content's expiry rule: anything whose review-by date is before `asOf` is reported, as
// an error when the date was given (--as-of: CI passes a fixed one, so builds never break by
// themselves) and as a warning otherwise (today's date).
[[nodiscard]] ContentIssues checkReviewDates(const Course &course, const QDate &asOf, bool asErrors);

} // namespace khien
