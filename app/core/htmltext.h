// HTML from a question bank (Moodle's format="html", GIFT's [html]) turned into Khiên's plain
// text: tags removed, paragraphs and line breaks kept as new lines, list items as "• item",
// entities decoded. Scripts, styles and images are dropped and listed, so the import report
// can say so; nothing of the HTML is ever rendered. Linear in the input.
#pragma once

#include <QString>
#include <QStringList>

namespace khien {

struct PlainFromHtml
{
    QString text;
    QStringList droppedScripts;  // <script>, <style>, <iframe>, <object>, <embed> (their tag names)
    QStringList remoteImages;    // <img src="http..."> and other sources outside the file
    QStringList embeddedImages;  // <img src="@@PLUGINFILE@@/name">: names of the file's <file> elements
};

[[nodiscard]] PlainFromHtml plainFromHtml(const QString &html);

// Decodes character references and the entities HTML texts use; "<" that would read as a tag
// becomes "‹" so the result is never taken for HTML.
[[nodiscard]] QString decodeEntities(const QString &text);

// `text` (plain) as HTML: special characters escaped, lines as <br>.
[[nodiscard]] QString htmlFromPlain(const QString &text);

} // namespace khien
