#include "lessonmarkdown.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QVector>

namespace khien {

namespace {

// For each position, the index of the next `c` at or after it (-1: none). One pass from
// the end, so finding closers never rescans the text.
QVector<int> nextIndexOf(QStringView s, QChar c)
{
    QVector<int> next(s.size() + 1, -1);
    for (qsizetype i = s.size() - 1; i >= 0; --i)
        next[i] = s.at(i) == c ? int(i) : next.at(i + 1);
    return next;
}

bool isPunctuation(QChar c)
{
    return c.isPunct() || c.isSymbol();
}

class Inline
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)

public:
    Inline(QStringView s, const QString &folder, int line, QVector<MarkdownProblem> &problems, bool inLabel = false)
        : m_s(s), m_folder(folder), m_line(line), m_problems(problems), m_inLabel(inLabel),
          m_nextParen(nextIndexOf(s, QLatin1Char(')'))), m_nextTick(nextIndexOf(s, QLatin1Char('`'))),
          m_nextGt(nextIndexOf(s, QLatin1Char('>'))), m_closeBracket(matchBrackets(s))
    {
    }

    QString render()
    {
        QString out;
        qsizetype i = 0;
        while (i < m_s.size())
            i = step(i, out);
        if (m_italic)
            out += QLatin1String("</i>");
        if (m_bold)
            out += QLatin1String("</b>");
        return out;
    }

private:
    // Renders what starts at `i`; returns where the next piece starts.
    qsizetype step(qsizetype i, QString &out)
    {
        const QChar c = m_s.at(i);
        if (c == QLatin1Char('\\') && i + 1 < m_s.size() && isPunctuation(m_s.at(i + 1))) {
            out += escapedHtml(m_s.sliced(i + 1, 1));
            return i + 2;
        }
        if (c == QLatin1Char('`') && m_nextTick.at(i + 1) >= 0) {
            const int end = m_nextTick.at(i + 1);
            out += QLatin1String("<code>") + escapedHtml(m_s.sliced(i + 1, end - i - 1)) + QLatin1String("</code>");
            return end + 1;
        }
        if (c == QLatin1Char('!') && i + 1 < m_s.size() && m_s.at(i + 1) == QLatin1Char('['))
            if (const qsizetype after = linkOrImage(i + 1, true, out); after > 0)
                return after;
        if (c == QLatin1Char('['))
            if (const qsizetype after = linkOrImage(i, false, out); after > 0)
                return after;
        if (c == QLatin1Char('<'))
            if (const qsizetype after = autolink(i, out); after > 0)
                return after;
        if (c == QLatin1Char('*'))
            return emphasis(i, out);
        out += escapedHtml(m_s.sliced(i, 1));
        return i + 1;
    }

    // [label](target) or ![alt](path) starting with the '[' at `open`; 0 when it is not one.
    qsizetype linkOrImage(qsizetype open, bool image, QString &out)
    {
        const int close = m_closeBracket.at(open);
        if (close < 0 || close + 1 >= m_s.size() || m_s.at(close + 1) != QLatin1Char('('))
            return 0;
        const int paren = m_nextParen.at(close + 2);
        if (paren < 0)
            return 0;
        QString target = m_s.sliced(close + 2, paren - close - 2).trimmed().toString();
        if (target.startsWith(QLatin1Char('<')) && target.endsWith(QLatin1Char('>')))
            target = target.mid(1, target.size() - 2);
        const QStringView label = m_s.sliced(open + 1, close - open - 1);
        if (image) {
            out += imageTag(target);
        } else if (m_inLabel) {
            out += escapedHtml(label); // no links inside a link
        } else {
            const QString text = Inline(label, m_folder, m_line, m_problems, true).render();
            out += isWebAddress(target)
                ? QLatin1String("<a href=\"") + escapedHtml(target) + QLatin1String("\">") + text + QLatin1String("</a>")
                : text;
        }
        return paren + 1;
    }

    qsizetype autolink(qsizetype open, QString &out)
    {
        static const QRegularExpression web(QStringLiteral("^(https?|mailto):[^\\s<>\"]+$"));
        const int close = m_nextGt.at(open);
        if (close < 0 || m_inLabel)
            return 0;
        const QString target = m_s.sliced(open + 1, close - open - 1).toString();
        if (!web.match(target).hasMatch())
            return 0;
        out += QLatin1String("<a href=\"") + escapedHtml(target) + QLatin1String("\">")
            + escapedHtml(target) + QLatin1String("</a>");
        return close + 1;
    }

    // * (italic), ** (bold), *** (both): opens before a non-space, closes after one.
    qsizetype emphasis(qsizetype i, QString &out)
    {
        qsizetype run = 0;
        while (i + run < m_s.size() && m_s.at(i + run) == QLatin1Char('*'))
            ++run;
        const bool beforeText = i + run < m_s.size() && !m_s.at(i + run).isSpace();
        const bool afterText = i > 0 && !m_s.at(i - 1).isSpace();
        const bool wantsBold = run >= 2, wantsItalic = run == 1 || run == 3;
        const bool closing = (wantsBold ? m_bold : true) && (wantsItalic ? m_italic : true) && afterText;
        const bool opening = (wantsBold ? !m_bold : true) && (wantsItalic ? !m_italic : true) && beforeText;
        if (run > 3 || (!closing && !opening)) {
            out += QString(run, QLatin1Char('*'));
            return i + run;
        }
        if (closing) {
            if (wantsItalic) out += QLatin1String("</i>");
            if (wantsBold) out += QLatin1String("</b>");
        } else {
            if (wantsBold) out += QLatin1String("<b>");
            if (wantsItalic) out += QLatin1String("<i>");
        }
        if (wantsBold) m_bold = !m_bold;
        if (wantsItalic) m_italic = !m_italic;
        return i + run;
    }

    QString imageTag(const QString &target)
    {
        const QString path = QDir::cleanPath(m_folder + QLatin1Char('/') + target);
        const bool relative = !target.isEmpty() && !target.contains(QLatin1Char(':'))
            && !target.startsWith(QLatin1Char('/')) && !target.startsWith(QLatin1Char('\\'))
            && path.startsWith(m_folder + QLatin1Char('/'));
        const QFileInfo info(path);
        const bool local = !m_folder.startsWith(QLatin1Char(':'));
        const bool inside = relative && info.isFile()
            && (!local || info.canonicalFilePath().startsWith(QFileInfo(m_folder).canonicalFilePath() + QLatin1Char('/')));
        if (!inside) {
            m_problems.append({m_line, tr("the image \"%1\" is not a file in the lesson's folder (images are never loaded from the web)")
                                                .arg(target)});
            return {};
        }
        const QString url = local ? QUrl::fromLocalFile(info.canonicalFilePath()).toString()
                                  : QStringLiteral("qrc") + path;
        return QLatin1String("<img src=\"") + escapedHtml(url) + QLatin1String("\">");
    }

    static bool isWebAddress(const QString &target)
    {
        return target.startsWith(QLatin1String("https://")) || target.startsWith(QLatin1String("http://"))
            || target.startsWith(QLatin1String("mailto:"));
    }

    // The ']' that closes each '[' (-1: none), by one pass with a stack.
    static QVector<int> matchBrackets(QStringView s)
    {
        QVector<int> close(s.size() + 1, -1);
        QVector<int> open;
        for (qsizetype i = 0; i < s.size(); ++i) {
            if (s.at(i) == QLatin1Char('\\')) {
                ++i;
            } else if (s.at(i) == QLatin1Char('[')) {
                open.append(int(i));
            } else if (s.at(i) == QLatin1Char(']') && !open.isEmpty()) {
                close[open.takeLast()] = int(i);
            }
        }
        return close;
    }

    QStringView m_s;
    const QString &m_folder;
    int m_line;
    QVector<MarkdownProblem> &m_problems;
    bool m_inLabel;
    QVector<int> m_nextParen, m_nextTick, m_nextGt, m_closeBracket;
    bool m_bold = false, m_italic = false;
};

class Blocks
{
public:
    Blocks(const QString &markdown, const QString &folder)
        : m_lines(markdown.split(QLatin1Char('\n'))), m_folder(folder)
    {
    }

    LessonHtml render()
    {
        while (m_at < m_lines.size()) {
            const QString t = m_lines.at(m_at).trimmed();
            if (t.isEmpty())
                ++m_at;
            else if (t.startsWith(QLatin1String("```")))
                code();
            else if (headingLevel(t) > 0)
                heading(t);
            else if (listMarker(t) > 0)
                list();
            else if (t.startsWith(QLatin1Char('|')))
                table();
            else
                paragraph();
        }
        return m_result;
    }

private:
    static int headingLevel(const QString &t)
    {
        int n = 0;
        while (n < t.size() && n < 7 && t.at(n) == QLatin1Char('#'))
            ++n;
        return n >= 1 && n <= 6 && n < t.size() && t.at(n) == QLatin1Char(' ') ? n : 0;
    }

    // Length of a list marker ("- ", "* ", "+ ", "12. ", "3) ") at the start of `t`; 0: none.
    static int listMarker(const QString &t)
    {
        if (t.size() >= 2 && QStringLiteral("-*+").contains(t.at(0)) && t.at(1) == QLatin1Char(' '))
            return t.at(0) == QLatin1Char('*') && t.startsWith(QLatin1String("**")) ? 0 : 2;
        int n = 0;
        while (n < t.size() && n < 9 && t.at(n).isDigit())
            ++n;
        if (n > 0 && n + 1 < t.size() && (t.at(n) == QLatin1Char('.') || t.at(n) == QLatin1Char(')'))
            && t.at(n + 1) == QLatin1Char(' '))
            return n + 2;
        return 0;
    }

    static bool startsBlock(const QString &t)
    {
        return t.isEmpty() || t.startsWith(QLatin1String("```")) || headingLevel(t) > 0 || listMarker(t) > 0
            || t.startsWith(QLatin1Char('|'));
    }

    QString inlineHtml(QStringView text, int line)
    {
        return Inline(text, m_folder, line, m_result.problems).render();
    }

    void code()
    {
        ++m_at;
        QStringList body;
        while (m_at < m_lines.size() && !m_lines.at(m_at).trimmed().startsWith(QLatin1String("```")))
            body.append(escapedHtml(m_lines.at(m_at++)));
        ++m_at;
        m_result.html += QLatin1String("<pre>") + body.join(QLatin1Char('\n')) + QLatin1String("</pre>\n");
    }

    void heading(const QString &t)
    {
        const int level = headingLevel(t);
        QString text = t.mid(level).trimmed();
        while (text.endsWith(QLatin1Char('#')))
            text.chop(1);
        const QString tag = QStringLiteral("h%1").arg(level);
        m_result.html += QLatin1Char('<') + tag + QLatin1Char('>') + inlineHtml(text.trimmed(), int(m_at) + 1)
            + QLatin1String("</") + tag + QLatin1String(">\n");
        ++m_at;
    }

    void paragraph()
    {
        const int first = int(m_at) + 1;
        QStringList parts;
        while (m_at < m_lines.size() && (parts.isEmpty() || !startsBlock(m_lines.at(m_at).trimmed())))
            parts.append(m_lines.at(m_at++).trimmed());
        m_result.html += QLatin1String("<p>") + inlineHtml(parts.join(QLatin1Char(' ')), first) + QLatin1String("</p>\n");
    }

    void list()
    {
        const bool ordered = m_lines.at(m_at).trimmed().at(0).isDigit();
        const QLatin1String tag = ordered ? QLatin1String("ol") : QLatin1String("ul");
        m_result.html += QLatin1Char('<') + tag + QLatin1String(">\n");
        while (m_at < m_lines.size()) {
            const QString t = m_lines.at(m_at).trimmed();
            const int marker = listMarker(t);
            if (marker == 0 || t.at(0).isDigit() != ordered)
                break;
            const int first = int(m_at) + 1;
            QStringList parts{t.mid(marker)};
            ++m_at;
            while (m_at < m_lines.size() && !startsBlock(m_lines.at(m_at).trimmed()))
                parts.append(m_lines.at(m_at++).trimmed());
            m_result.html += QLatin1String("<li>") + inlineHtml(parts.join(QLatin1Char(' ')), first) + QLatin1String("</li>\n");
            // A blank line between items keeps the list going.
            if (m_at + 1 < m_lines.size() && m_lines.at(m_at).trimmed().isEmpty()
                && listMarker(m_lines.at(m_at + 1).trimmed()) > 0)
                ++m_at;
        }
        m_result.html += QLatin1String("</") + tag + QLatin1String(">\n");
    }

    static QStringList cells(QString row)
    {
        row = row.trimmed();
        if (row.startsWith(QLatin1Char('|')))
            row.remove(0, 1);
        if (row.endsWith(QLatin1Char('|')) && !row.endsWith(QLatin1String("\\|")))
            row.chop(1);
        QStringList result{QString()};
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (row.at(i) == QLatin1Char('\\') && i + 1 < row.size() && row.at(i + 1) == QLatin1Char('|')) {
                result.last() += QLatin1String("\\|");
                ++i;
            } else if (row.at(i) == QLatin1Char('|')) {
                result.append(QString());
            } else {
                result.last() += row.at(i);
            }
        }
        return result;
    }

    void table()
    {
        static const QRegularExpression separator(QStringLiteral("^[\\s|:-]+$"));
        m_result.html += QLatin1String("<table border=\"1\" cellspacing=\"0\" cellpadding=\"6\">\n");
        bool header = m_at + 1 < m_lines.size() && separator.match(m_lines.at(m_at + 1)).hasMatch();
        while (m_at < m_lines.size() && m_lines.at(m_at).trimmed().startsWith(QLatin1Char('|'))) {
            const QString row = m_lines.at(m_at);
            const int line = int(++m_at);
            if (separator.match(row).hasMatch())
                continue;
            const QLatin1String cellTag = header ? QLatin1String("th") : QLatin1String("td");
            m_result.html += QLatin1String("<tr>");
            for (const QString &cell : cells(row))
                m_result.html += QLatin1Char('<') + cellTag + QLatin1Char('>') + inlineHtml(cell.trimmed(), line)
                    + QLatin1String("</") + cellTag + QLatin1Char('>');
            m_result.html += QLatin1String("</tr>\n");
            header = false;
        }
        m_result.html += QLatin1String("</table>\n");
    }

    QStringList m_lines;
    QString m_folder;
    qsizetype m_at = 0;
    LessonHtml m_result;
};

} // namespace

QString escapedHtml(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        default: out += c;
        }
    }
    return out;
}

LessonHtml lessonMarkdownToHtml(const QString &markdown, const QString &folder)
{
    return Blocks(markdown, QDir::cleanPath(folder)).render();
}

} // namespace khien
