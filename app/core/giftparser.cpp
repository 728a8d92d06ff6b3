#include "giftparser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace khien {

namespace {

class Gift
{
    Q_DECLARE_TR_FUNCTIONS(GiftImport)

public:
    GiftParseResult parse(const QString &text)
    {
        const QStringList lines = text.split(QLatin1Char('\n'));
        QString chunk;
        int chunkLine = 0;
        int depth = 0; // of { } in the chunk so far, kept line by line: rescanning the whole
                       // chunk at every blank line was quadratic in a bank with an open {
        auto flush = [&] {
            if (!chunk.trimmed().isEmpty())
                parseChunk(chunk.trimmed(), chunkLine);
            chunk.clear();
            chunkLine = 0;
            depth = 0;
        };
        for (int i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            line.remove(QLatin1Char('\r'));
            if (line.trimmed().startsWith(QLatin1String("//")))
                continue;
            if (line.trimmed().isEmpty()) {
                // A blank line ends a question, unless it sits inside an open answer block.
                if (depth <= 0)
                    flush();
                continue;
            }
            if (line.trimmed().startsWith(QLatin1String("$CATEGORY:"))) {
                flush();
                m_category = line.trimmed().mid(10).trimmed();
                continue;
            }
            if (chunkLine == 0)
                chunkLine = i + 1;
            chunk += line + QLatin1Char('\n');
            depth = depthAfter(line, depth);
        }
        flush();
        return m_result;
    }

private:
    static int depthAfter(const QString &line, int depth)
    {
        for (int i = 0; i < line.size(); ++i) {
            if (line[i] == QLatin1Char('\\')) { ++i; continue; }
            if (line[i] == QLatin1Char('{')) ++depth;
            if (line[i] == QLatin1Char('}')) --depth;
        }
        return depth;
    }

    // Index of the first unescaped `c` at or after `from`, or -1.
    static int find(const QString &s, QChar c, int from = 0)
    {
        for (int i = from; i < s.size(); ++i) {
            if (s[i] == QLatin1Char('\\')) { ++i; continue; }
            if (s[i] == c)
                return i;
        }
        return -1;
    }

    // Tags dropped, the common entities decoded: Khiên texts are plain.
    static QString htmlToText(QString s)
    {
        static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
        s.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>"), QRegularExpression::CaseInsensitiveOption),
                  QStringLiteral(" "));
        s.remove(tag);
        s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        s.replace(QStringLiteral("&lt;"), QStringLiteral("‹"));
        s.replace(QStringLiteral("&gt;"), QStringLiteral("›"));
        s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return s;
    }

    static QString unescape(QString s)
    {
        static const QRegularExpression escape(QStringLiteral("\\\\([:#={}~\\\\])"));
        s.replace(QStringLiteral("\\n"), QStringLiteral("\n"));
        s.replace(escape, QStringLiteral("\\1"));
        return s.simplified();
    }

    // Strips a [html]/[markdown]/[plain]/[moodle] marker; HTML becomes plain text.
    static QString plain(QString s)
    {
        static const QRegularExpression marker(QStringLiteral("^\\[(html|markdown|plain|moodle)\\]"));
        const QRegularExpressionMatch m = marker.match(s.trimmed());
        if (m.hasMatch()) {
            s = s.trimmed().mid(m.capturedLength());
            if (m.captured(1) == QLatin1String("html"))
                s = htmlToText(s);
        }
        return unescape(s);
    }

    void skip(int line, const QString &reason) { m_result.skipped.append({line, reason}); }

    void parseChunk(QString chunk, int line)
    {
        GiftQuestion q;
        q.line = line;
        q.category = m_category;
        if (chunk.startsWith(QLatin1String("::"))) {
            const int end = chunk.indexOf(QLatin1String("::"), 2);
            if (end > 0) {
                q.title = unescape(chunk.mid(2, end - 2));
                chunk = chunk.mid(end + 2).trimmed();
            }
        }
        const int open = find(chunk, QLatin1Char('{'));
        const int close = open < 0 ? -1 : find(chunk, QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            skip(line, tr("no answer block { … }: a description, which Khiên does not import"));
            return;
        }
        const QString after = chunk.mid(close + 1).trimmed();
        if (!after.isEmpty()) {
            skip(line, tr("missing-word question (text after the answers): not a type Khiên can play"));
            return;
        }
        q.text = plain(chunk.left(open));
        parseAnswers(q, chunk.mid(open + 1, close - open - 1).trimmed());
    }

    void parseAnswers(GiftQuestion q, QString block)
    {
        const int general = block.indexOf(QLatin1String("####"));
        if (general >= 0) {
            q.generalFeedback = plain(block.mid(general + 4));
            block = block.left(general).trimmed();
        }
        if (block.isEmpty()) {
            skip(q.line, tr("essay question: not a type Khiên can play"));
            return;
        }
        if (block.startsWith(QLatin1Char('#'))) {
            skip(q.line, tr("numeric question: not a type Khiên can play"));
            return;
        }
        static const QRegularExpression truefalse(QStringLiteral("^(T|TRUE|F|FALSE)\\b"), QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = truefalse.match(block); m.hasMatch()) {
            q.kind = GiftQuestion::Kind::TrueFalse;
            q.trueIsRight = m.captured(1).toUpper().startsWith(QLatin1Char('T'));
            const QStringList feedback = splitUnescaped(block.mid(m.capturedLength()), QLatin1Char('#'));
            q.feedbackIfWrong = plain(feedback.value(1));
            q.feedbackIfRight = plain(feedback.value(2));
            m_result.questions.append(q);
            return;
        }
        // Answers start at each unescaped = or ~.
        QVector<QPair<QChar, QString>> raw;
        for (int i = 0; i < block.size(); ++i) {
            if (block[i] == QLatin1Char('\\')) {
                if (!raw.isEmpty())
                    raw.last().second += block.mid(i, 2);
                ++i;
                continue;
            }
            if (block[i] == QLatin1Char('=') || block[i] == QLatin1Char('~'))
                raw.append({block[i], QString()});
            else if (!raw.isEmpty())
                raw.last().second += block[i];
        }
        bool anyWrong = false;
        bool matching = false;
        for (const auto &[sign, body] : raw) {
            GiftAnswer a;
            QString text = body;
            const int hash = find(text, QLatin1Char('#'));
            if (hash >= 0) {
                a.feedback = plain(text.mid(hash + 1));
                text = text.left(hash);
            }
            static const QRegularExpression weight(QStringLiteral("^\\s*%(-?\\d+(?:\\.\\d+)?)%"));
            a.weight = sign == QLatin1Char('=') ? 100 : 0;
            if (const QRegularExpressionMatch w = weight.match(text); w.hasMatch()) {
                a.weight = w.captured(1).toDouble();
                text = text.mid(w.capturedLength());
            }
            const int arrow = text.indexOf(QLatin1String("->"));
            if (sign == QLatin1Char('=') && arrow >= 0) {
                matching = true;
                a.match = plain(text.mid(arrow + 2));
                text = text.left(arrow);
            }
            a.text = plain(text);
            anyWrong = anyWrong || sign == QLatin1Char('~');
            q.answers.append(a);
        }
        if (matching) {
            q.kind = GiftQuestion::Kind::Matching;
        } else if (!anyWrong) {
            skip(q.line, tr("short-answer question (only = answers): not a type Khiên can play"));
            return;
        } else {
            int right = 0;
            bool weighted = false;
            for (const GiftAnswer &a : std::as_const(q.answers)) {
                right += a.weight > 0 ? 1 : 0;
                weighted = weighted || (a.weight > 0 && a.weight < 100);
            }
            q.kind = right == 1 && !weighted ? GiftQuestion::Kind::Single : GiftQuestion::Kind::Multiple;
            if (right == 0) {
                skip(q.line, tr("no right answer (no = and no positive weight)"));
                return;
            }
        }
        m_result.questions.append(q);
    }

    static QStringList splitUnescaped(const QString &s, QChar sep)
    {
        QStringList parts{QString()};
        for (int i = 0; i < s.size(); ++i) {
            if (s[i] == QLatin1Char('\\') && i + 1 < s.size()) {
                parts.last() += s.mid(i, 2);
                ++i;
            } else if (s[i] == sep) {
                parts.append(QString());
            } else {
                parts.last() += s[i];
            }
        }
        return parts;
    }

    QString m_category;
    GiftParseResult m_result;
};

} // namespace

GiftParseResult parseGift(const QString &text)
{
    return Gift().parse(text);
}

} // namespace khien
