// The course-quality rules `khien check-content --strict` adds to the format checks, for the
// shipped course: minimums per module, Vietnamese written with its diacritics, language pairs
// of comparable length, lesson links and images that resolve, every scenario choice rated,
// no guessable quiz and no avoided term (a warning; contentwording.h).
#pragma once

#include "contentissue.h"
#include "course.h"

namespace khien {

struct QualityMinimums
{
    int lessonWordsMin = 600;   // per module and language, over its lessons
    int lessonWordsMax = 1200;
    int questionsMin = 10;
    int questionTypesMin = 3;
    double lengthRatioMax = 3.0; // a vi/en pair whose longer text is this many times the shorter
};

[[nodiscard]] ContentIssues checkCourseQuality(const Course &course, const QualityMinimums &min = {});

// A Vietnamese text of several words with no Vietnamese letter (ă â đ ê ô ơ ư or a tone mark):
// likely untranslated English or ASCII-folded Vietnamese.
[[nodiscard]] bool lacksVietnameseDiacritics(const QString &text);
// Words in a Markdown text (markup and link targets left out).
[[nodiscard]] int markdownWordCount(const QString &markdown);

} // namespace khien
