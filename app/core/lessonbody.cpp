#include "lessonbody.h"

#include "contentlimits.h"
#include "lessonmarkdown.h"
#include "untrustedtext.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace khien {

namespace {

class LessonChecks
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    static ContentIssues check(const QString &file, const QString &markdown)
    {
        ContentIssues issues;
        if (markdown.trimmed().isEmpty())
            issues.append({file, 0, tr("the lesson text is empty")});
        const QStringList lines = markdown.split(QLatin1Char('\n'));
        bool inCode = false;
        for (int i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (line.trimmed().startsWith(QLatin1String("```"))) {
                inCode = !inCode;
                continue;
            }
            if (!inCode && containsHtml(withoutAutolinks(line)))
                issues.append({file, i + 1, tr("raw HTML is not allowed in lessons")});
            if (const char32_t hidden = firstHiddenCharacter(line))
                issues.append({file, i + 1, tr("the invisible character U+%1 is not allowed, it can disguise text")
                                                    .arg(uint(hidden), 4, 16, QLatin1Char('0'))});
        }
        const LessonHtml html = lessonMarkdownToHtml(markdown, QFileInfo(file).path());
        for (const MarkdownProblem &p : html.problems)
            issues.append({file, p.line, p.message});
        return issues;
    }

    static QString withoutAutolinks(QString line)
    {
        static const QRegularExpression autolink(QStringLiteral("<(https?|mailto):[^\\s<>\"]+>"));
        return line.remove(autolink);
    }

    static LessonBody read(const Lesson &lesson, const QString &lang)
    {
        LessonBody body;
        const QString path = lesson.bodyPath.in(lang);
        QFile file(path);
        if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            body.issues.append({path, 0, tr("cannot open the lesson text: %1").arg(file.errorString())});
            return body;
        }
        if (file.size() > limits::maxLessonBytes) {
            body.issues.append({path, 0, tr("the lesson text is larger than %1 kB").arg(limits::maxLessonBytes / 1024)});
            return body;
        }
        const QByteArray bytes = file.read(limits::maxLessonBytes + 1);
        if (const int bad = lineOfInvalidUtf8(bytes)) {
            body.issues.append({path, bad, tr("the lesson text is not valid UTF-8 on this line")});
            return body;
        }
        const QString text = QString::fromUtf8(bytes);
        body.issues = check(path, text);
        if (body.issues.isEmpty()) {
            body.markdown = text;
            body.folder = QFileInfo(path).path();
        }
        return body;
    }
};

} // namespace

QVector<LessonSegment> splitKeyPoints(const QString &markdown)
{
    QVector<LessonSegment> segments;
    bool inCode = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")))
            inCode = !inCode;
        const bool quote = !inCode && trimmed.startsWith(QLatin1Char('>'));
        // A blank line inside a quote block (">") continues it; any other blank line ends it.
        const QString content = quote ? trimmed.mid(1).trimmed() : line;
        if (segments.isEmpty() || segments.last().keyPoint != quote)
            segments.append({quote, QString(), QString()});
        segments.last().markdown += content + QLatin1Char('\n');
    }
    segments.removeIf([](const LessonSegment &s) { return s.markdown.trimmed().isEmpty(); });
    return segments;
}

bool containsHtml(const QString &text)
{
    // "<" then optional spaces and a letter, "/", "!" or "?"; or a named or numeric entity.
    static const QRegularExpression html(QStringLiteral("<\\s*[A-Za-z/!?]|&(#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);"));
    if (!text.contains(QLatin1Char('<')) && !text.contains(QLatin1Char('&')))
        return false; // most texts: no need for the pattern
    return html.match(text).hasMatch();
}

QVector<LessonSegment> lessonSegments(const LessonBody &body)
{
    QVector<LessonSegment> segments = splitKeyPoints(body.markdown);
    // Each segment is an item on the page: past the budget, the rest is one plain run.
    if (segments.size() > limits::maxLessonSegments) {
        LessonSegment rest;
        for (qsizetype k = limits::maxLessonSegments - 1; k < segments.size(); ++k)
            rest.markdown += segments.at(k).markdown + QLatin1Char('\n');
        segments.resize(limits::maxLessonSegments - 1);
        segments.append(rest);
    }
    for (LessonSegment &s : segments)
        s.html = lessonMarkdownToHtml(s.markdown, body.folder).html;
    return segments;
}

LessonBody readLessonBody(const Lesson &lesson, const QString &lang)
{
    return LessonChecks::read(lesson, lang);
}

ContentIssues checkLessonMarkdown(const QString &file, const QString &markdown)
{
    return LessonChecks::check(file, markdown);
}

} // namespace khien
