// Lesson Markdown cut into projector slides: at headings and key points, then between
// paragraphs and list items, so that a slide holds about kSlideWordLimit words at most.
#pragma once

#include <QString>
#include <QVector>

namespace khien {

inline constexpr int kSlideWordLimit = 120;

struct LessonSlideText
{
    QString heading;       // the Markdown heading the slide falls under; empty before the first
    bool keyPoint = false; // a key point (block quote, markers removed)
    QString markdown;      // without the heading line
};

// `markdown` cut into slides. Given the other language's text as well, the cuts fall at the
// same paragraphs in both when their structure matches, and both give as many slides.
[[nodiscard]] QVector<LessonSlideText> lessonSlides(const QString &markdown, const QString &otherMarkdown = {});

// Words in a slide text as the cutting counts them (link targets and markup left out).
[[nodiscard]] int slideWordCount(const QString &text);

} // namespace khien
