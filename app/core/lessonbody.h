// Reading a lesson's Markdown body, refusing what a lesson must not contain.
#pragma once

#include "contentissue.h"
#include "course.h"

namespace khien {

// A lesson split for display: plain runs and key-point boxes (block quotes, `> …`), which
// the app draws as coloured boxes. The quote markers are removed from key points.
struct LessonSegment
{
    bool keyPoint = false;
    QString markdown;
    QString html; // lessonMarkdownToHtml of markdown: what the app shows
};

struct LessonBody
{
    QString markdown;    // empty when unusable
    QString folder;      // folder of the Markdown file, where its images are
    ContentIssues issues;
};

// Reads the body of `lesson` in `lang`. Files over limits::maxLessonBytes, raw HTML, images
// that are not files under the lesson's folder and non-UTF-8 text are refused: a lesson may
// never make the app load anything from the network.
[[nodiscard]] LessonBody readLessonBody(const Lesson &lesson, const QString &lang);
// The body's segments, each with its HTML rebuilt by Khiên (lessonmarkdown.h).
[[nodiscard]] QVector<LessonSegment> lessonSegments(const LessonBody &body);

// True when `text` holds something an HTML reader could take for a tag, a comment or an
// entity (Qt's rich-text detection accepts "< img" and "&lt;"). The app shows content texts
// as plain text anyway; the loader refuses such text so authors see what trainees will.
[[nodiscard]] bool containsHtml(const QString &text);

[[nodiscard]] QVector<LessonSegment> splitKeyPoints(const QString &markdown);

// The checks readLessonBody applies, on text already read; `file` is used in the issues.
[[nodiscard]] ContentIssues checkLessonMarkdown(const QString &file, const QString &markdown);

} // namespace khien
