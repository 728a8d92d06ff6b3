#include "giftparser.h"

#include "htmltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace khien {

namespace {

// Index of the first unescaped `c` at or after `from`, or -1.
qsizetype findUnescaped(const QString &s, QChar c, qsizetype from = 0)
{
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == QLatin1Char('\\')) { ++i; continue; }
        if (s[i] == c)
            return i;
    }
    return -1;
}

QStringList splitUnescaped(const QString &s, QChar sep)
{
    QStringList parts{QString()};
    for (qsizetype i = 0; i < s.size(); ++i) {
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

QString unescape(const QString &s)
{
    if (!s.contains(QLatin1Char('\\')))
        return s.simplified(); // most texts: nothing to undo
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const QChar next = i + 1 < s.size() ? s[i + 1] : QChar();
        if (c == QLatin1Char('\\') && next == QLatin1Char('n')) {
            out += QLatin1Char('\n');
            ++i;
        } else if (c == QLatin1Char('\\') && QStringView(u":#={}~\\").contains(next)) {
            out += next;
            ++i;
        } else {
            out += c;
        }
    }
    return out.simplified();
}

// Strips a [html]/[markdown]/[plain]/[moodle] marker; HTML becomes plain text.
QString plain(const QString &raw)
{
    static const QRegularExpression marker(QStringLiteral("^\\[(html|markdown|plain|moodle)\\]"));
    QString s = raw.trimmed();
    if (!s.startsWith(QLatin1Char('[')))
        return unescape(s);
    const QRegularExpressionMatch m = marker.match(s);
    if (m.hasMatch()) {
        s = s.mid(m.capturedLength());
        if (m.captured(1) == QLatin1String("html"))
            return unescape(plainFromHtml(s).text);
    }
    return unescape(s);
}

// A line starts a question of its own ("::title::", a comment, a category): a block left
// open before it is not continued by it.
bool startsQuestion(const QString &trimmed)
{
    return trimmed.startsWith(QLatin1String("::")) || trimmed.startsWith(QLatin1String("$CATEGORY:"));
}

class Gift
{
    Q_DECLARE_TR_FUNCTIONS(GiftImport)

public:
    GiftParseResult parse(const QString &text)
    {
        QString chunk;
        int chunkLine = 0;
        int depth = 0;     // of { } in the chunk so far, kept line by line (linear time)
        int openedOn = 0;  // line of the { that is still open
        bool blankInside = false;
        auto flush = [&] {
            if (depth > 0)
                skip(chunkLine, tr("the answer block { opened on line %1 is never closed").arg(openedOn));
            else if (!chunk.trimmed().isEmpty())
                parseChunk(chunk.trimmed(), chunkLine);
            chunk.clear();
            chunkLine = 0;
            depth = 0;
            blankInside = false;
        };
        int lineNumber = 0;
        for (qsizetype start = 0; start <= text.size();) {
            qsizetype end = text.indexOf(QLatin1Char('\n'), start);
            if (end < 0)
                end = text.size();
            QString line = text.mid(start, end - start);
            start = end + 1;
            ++lineNumber;
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("//")))
                continue;
            if (trimmed.isEmpty()) {
                // A blank line ends a question, unless it sits inside an open answer block.
                if (depth <= 0)
                    flush();
                else
                    blankInside = true;
                continue;
            }
            if (depth > 0 && blankInside && startsQuestion(trimmed))
                flush(); // the block was never closed: the next question is not swallowed
            if (trimmed.startsWith(QLatin1String("$CATEGORY:"))) {
                flush();
                m_category = trimmed.mid(10).trimmed();
                continue;
            }
            if (chunkLine == 0)
                chunkLine = lineNumber;
            chunk += line + QLatin1Char('\n');
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (line[i] == QLatin1Char('\\')) { ++i; continue; }
                if (line[i] == QLatin1Char('{') && depth++ == 0)
                    openedOn = lineNumber;
                if (line[i] == QLatin1Char('}'))
                    --depth;
            }
        }
        flush();
        return m_result;
    }

private:
    void skip(int line, const QString &reason, const QString &title = {})
    {
        m_result.skipped.append({ImportNote::Kind::Skipped, line, title, reason});
    }

    void parseChunk(QString chunk, int line)
    {
        GiftQuestion q;
        q.line = line;
        q.category = m_category;
        if (chunk.startsWith(QLatin1String("::"))) {
            const qsizetype end = chunk.indexOf(QLatin1String("::"), 2);
            if (end > 0) {
                q.title = unescape(chunk.mid(2, end - 2));
                chunk = chunk.mid(end + 2).trimmed();
            }
        }
        const qsizetype open = findUnescaped(chunk, QLatin1Char('{'));
        const qsizetype close = open < 0 ? -1 : findUnescaped(chunk, QLatin1Char('}'), open);
        if (open < 0) {
            if (findUnescaped(chunk, QLatin1Char('}')) >= 0)
                return skip(line, tr("a } closes an answer block that was never opened"), q.title);
            return skip(line, tr("no answer block { … }: a description, which Khiên does not import"), q.title);
        }
        if (findUnescaped(chunk, QLatin1Char('{'), open + 1) >= 0 && findUnescaped(chunk, QLatin1Char('{'), open + 1) < close)
            return skip(line, tr("an answer block { holds another {; escape it as \\{"), q.title);
        q.text = plain(chunk.left(open));
        q.textAfter = plain(chunk.mid(close + 1));
        parseAnswers(q, chunk.mid(open + 1, close - open - 1).trimmed());
    }

    // Text before and after the gap as one prompt, for types that have no "after" text.
    static QString withGap(const GiftQuestion &q)
    {
        return q.textAfter.isEmpty() ? q.text : q.text + QStringLiteral(" _____ ") + q.textAfter;
    }

    void parseAnswers(GiftQuestion q, QString block)
    {
        const qsizetype general = block.indexOf(QLatin1String("####"));
        if (general >= 0) {
            q.generalFeedback = plain(block.mid(general + 4));
            block = block.left(general).trimmed();
        }
        if (block.isEmpty())
            return skip(q.line, tr("essay question: not a type Khiên can play"), q.title);
        if (block.startsWith(QLatin1Char('#')))
            return parseNumeric(q, block.mid(1).trimmed());
        static const QRegularExpression truefalse(QStringLiteral("^(T|TRUE|F|FALSE)\\b"), QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = truefalse.match(block); m.hasMatch()) {
            q.kind = GiftQuestion::Kind::TrueFalse;
            q.text = withGap(q);
            q.trueIsRight = m.captured(1).toUpper().startsWith(QLatin1Char('T'));
            const QStringList feedback = splitUnescaped(block.mid(m.capturedLength()), QLatin1Char('#'));
            q.feedbackIfWrong = plain(feedback.value(1));
            q.feedbackIfRight = plain(feedback.value(2));
            m_result.questions.append(q);
            return;
        }
        const QVector<QPair<QChar, QString>> raw = answersOf(block);
        if (raw.isEmpty())
            return skip(q.line, tr("the answer block has no answer starting with = or ~"), q.title);
        bool anyWrong = false;
        bool matching = false;
        for (const auto &[sign, body] : raw) {
            GiftAnswer a;
            QString text = takeFeedback(body, a.feedback);
            a.weight = sign == QLatin1Char('=') ? 100 : 0;
            text = takeWeight(text, a.weight);
            const qsizetype arrow = text.indexOf(QLatin1String("->"));
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
            q.text = withGap(q);
        } else if (!anyWrong) {
            q.kind = GiftQuestion::Kind::ShortAnswer;
            q.text = withGap(q);
        } else {
            int right = 0;
            bool weighted = false;
            for (const GiftAnswer &a : std::as_const(q.answers)) {
                right += a.weight > 0 ? 1 : 0;
                weighted = weighted || (a.weight > 0 && a.weight < 100);
            }
            if (right == 0)
                return skip(q.line, tr("no right answer (no = and no positive weight)"), q.title);
            if (!q.textAfter.isEmpty() && right == 1 && !weighted)
                q.kind = GiftQuestion::Kind::MissingWord;
            else {
                q.kind = right == 1 && !weighted ? GiftQuestion::Kind::Single : GiftQuestion::Kind::Multiple;
                q.text = withGap(q);
            }
        }
        m_result.questions.append(q);
    }

    // Answers start at each unescaped = or ~.
    static QVector<QPair<QChar, QString>> answersOf(const QString &block)
    {
        QVector<QPair<QChar, QString>> raw;
        for (qsizetype i = 0; i < block.size(); ++i) {
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
        return raw;
    }

    static QString takeFeedback(const QString &body, QString &feedback)
    {
        const qsizetype hash = findUnescaped(body, QLatin1Char('#'));
        if (hash < 0)
            return body;
        feedback = plain(body.mid(hash + 1));
        return body.left(hash);
    }

    static QString takeWeight(const QString &text, double &weight)
    {
        static const QRegularExpression pattern(QStringLiteral("^\\s*%(-?\\d+(?:\\.\\d+)?)%"));
        const QRegularExpressionMatch w = pattern.match(text);
        if (!w.hasMatch())
            return text;
        weight = w.captured(1).toDouble();
        return text.mid(w.capturedLength());
    }

    // "5", "5:1", "1..5"; false when it is none of them.
    static bool readNumber(const QString &spec, GiftAnswer &a)
    {
        bool ok1 = false, ok2 = false;
        const QString s = spec.trimmed();
        if (const qsizetype range = s.indexOf(QLatin1String("..")); range > 0) {
            const double low = s.left(range).trimmed().toDouble(&ok1);
            const double high = s.mid(range + 2).trimmed().toDouble(&ok2);
            a.value = (low + high) / 2;
            a.tolerance = std::abs(high - low) / 2;
            return ok1 && ok2;
        }
        if (const qsizetype colon = s.indexOf(QLatin1Char(':')); colon > 0) {
            a.value = s.left(colon).trimmed().toDouble(&ok1);
            a.tolerance = std::abs(s.mid(colon + 1).trimmed().toDouble(&ok2));
            return ok1 && ok2;
        }
        a.value = s.toDouble(&ok1);
        return ok1;
    }

    void parseNumeric(GiftQuestion q, const QString &block)
    {
        q.kind = GiftQuestion::Kind::Numeric;
        q.text = withGap(q);
        const bool several = block.startsWith(QLatin1Char('=')) || block.startsWith(QLatin1Char('~'));
        const QVector<QPair<QChar, QString>> raw = several ? answersOf(block) : QVector<QPair<QChar, QString>>{{QLatin1Char('='), block}};
        for (const auto &[sign, body] : raw) {
            GiftAnswer a;
            a.weight = sign == QLatin1Char('=') ? 100 : 0;
            const QString spec = takeWeight(takeFeedback(body, a.feedback), a.weight);
            if (!readNumber(spec, a))
                return skip(q.line, tr("numeric answer \"%1\" is not a number, number:tolerance or low..high").arg(spec.trimmed().left(40)), q.title);
            if (a.weight > 0)
                q.answers.append(a);
        }
        if (q.answers.isEmpty())
            return skip(q.line, tr("no right answer (no = and no positive weight)"), q.title);
        m_result.questions.append(q);
    }

    QString m_category;
    GiftParseResult m_result;
};

} // namespace

GiftParseResult parseGift(const QString &text)
{
    return Gift().parse(text);
}

QString giftEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == QLatin1Char('~') || c == QLatin1Char('=') || c == QLatin1Char('#') || c == QLatin1Char('{')
            || c == QLatin1Char('}') || c == QLatin1Char(':') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        if (c == QLatin1Char('\n'))
            out += QStringLiteral("\\n");
        else
            out += c;
    }
    return out;
}

} // namespace khien
