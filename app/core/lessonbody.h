// Reading a lesson's Markdown body, refusing what a lesson must not contain.
#pragma once

#include "contentissue.h"
#include "course.h"

namespace khien {

struct LessonBody
{
    QString markdown;    // empty when unusable
    QString baseUrl;     // folder of the Markdown file, for relative images
    ContentIssues issues;
};

// Reads the body of `lesson` in `lang`. Raw HTML, remote images and non-UTF-8 text are
// refused: a lesson may never make the app load anything from the network.
[[nodiscard]] LessonBody readLessonBody(const Lesson &lesson, const QString &lang);

// True when `text` holds an HTML tag or comment. Content texts are shown by Qt Quick text
// items that would render such text as rich text (and fetch any image it names), so the
// loader refuses it everywhere.
[[nodiscard]] bool containsHtml(const QString &text);

// A lesson split for display: plain Markdown runs and key-point boxes (block quotes, `> …`),
// which the app draws as coloured boxes. The quote markers are removed from key points.
struct LessonSegment
{
    bool keyPoint = false;
    QString markdown;
};
[[nodiscard]] QVector<LessonSegment> splitKeyPoints(const QString &markdown);

// The checks readLessonBody applies, on text already read; `file` is used in the issues.
[[nodiscard]] ContentIssues checkLessonMarkdown(const QString &file, const QString &markdown);

} // namespace khien
