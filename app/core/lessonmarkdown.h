// Khiên's own reading of lesson Markdown. A lesson is never handed to Qt's Markdown or HTML
// parsers as written: it is parsed here into the few constructs a lesson may use and rebuilt
// as HTML in which every character of the author's text is escaped. The result can only hold
// tags this file writes, links only to web or mail addresses (opened after the trainee
// confirms), and images only from files under the lesson's own folder.
#pragma once

#include <QString>
#include <QVector>

namespace khien {

struct MarkdownProblem
{
    int line = 0; // 1-based, in the author's Markdown
    QString message;
};

struct LessonHtml
{
    QString html;
    QVector<MarkdownProblem> problems;
};

// Converts `markdown` (CommonMark subset: # headings, paragraphs, - / 1. lists, | tables,
// ``` code blocks, **bold**, *italic*, `code`, [links](https://…), ![images](path),
// <https://…> autolinks, \ escapes). `folder` is the lesson file's folder (a local path or a
// ":/" resource path); images must name a file under it, links to folders outside the web
// are shown as text. Linear in the length of the text.
[[nodiscard]] LessonHtml lessonMarkdownToHtml(const QString &markdown, const QString &folder);

// `text` with & < > " escaped: what may go between tags or in an attribute.
[[nodiscard]] QString escapedHtml(QStringView text);

} // namespace khien
