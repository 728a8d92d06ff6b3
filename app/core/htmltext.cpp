#include "htmltext.h"

#include <QHash>

namespace khien {

namespace {

const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> names{
        {QStringLiteral("amp"), QStringLiteral("&")},    {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},     {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},   {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("ndash"), QStringLiteral("–")},  {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("hellip"), QStringLiteral("…")}, {QStringLiteral("laquo"), QStringLiteral("«")},
        {QStringLiteral("raquo"), QStringLiteral("»")},  {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},  {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},  {QStringLiteral("copy"), QStringLiteral("©")},
    };
    return names;
}

bool isBlock(const QString &tag)
{
    static const QStringList blocks{"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                                    "ul", "ol", "table", "blockquote", "pre", "hr", "section"};
    return blocks.contains(tag);
}

bool isDropped(const QString &tag)
{
    static const QStringList dropped{"script", "style", "iframe", "object", "embed", "template", "noscript"};
    return dropped.contains(tag);
}

// The value of attribute `name` in a tag's text (`<img src="x" alt=y>`), or empty.
QString attributeOf(const QString &tag, const QString &name)
{
    const QString lower = tag.toLower();
    for (qsizetype at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1)) {
        const bool startsWord = at > 0 && lower[at - 1].isSpace();
        qsizetype i = at + name.size();
        while (i < tag.size() && tag[i].isSpace()) ++i;
        if (!startsWord || i >= tag.size() || tag[i] != QLatin1Char('='))
            continue;
        ++i;
        while (i < tag.size() && tag[i].isSpace()) ++i;
        if (i >= tag.size())
            return {};
        const QChar quote = tag[i];
        if (quote == QLatin1Char('"') || quote == QLatin1Char('\'')) {
            const qsizetype end = tag.indexOf(quote, i + 1);
            return tag.mid(i + 1, end < 0 ? -1 : end - i - 1);
        }
        qsizetype end = i;
        while (end < tag.size() && !tag[end].isSpace() && tag[end] != QLatin1Char('>')) ++end;
        return tag.mid(i, end - i);
    }
    return {};
}

// Collapses spaces as HTML does, keeps the new lines the block tags made (at most one blank
// line in a row), trims each line.
QString tidy(const QString &raw)
{
    QStringList lines;
    int blanks = 0;
    for (const QString &line : raw.split(QLatin1Char('\n'))) {
        const QString s = line.simplified();
        if (s.isEmpty()) {
            ++blanks;
            continue;
        }
        if (!lines.isEmpty() && blanks > 0 && !s.startsWith(QStringLiteral("• ")))
            lines.append(QString());
        lines.append(s);
        blanks = 0;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QString decodeEntities(const QString &text)
{
    if (!text.contains(QLatin1Char('&')) && !text.contains(QLatin1Char('<')))
        return text;
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i + 1);
        if (semi < 0 || semi - i > 12) {
            out += c;
            continue;
        }
        const QString name = text.mid(i + 1, semi - i - 1);
        QString decoded;
        if (name.startsWith(QLatin1Char('#'))) {
            bool ok = false;
            const uint code = name.startsWith(QStringLiteral("#x"), Qt::CaseInsensitive) ? name.mid(2).toUInt(&ok, 16)
                                                                                          : name.mid(1).toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t cp = code;
                decoded = QString::fromUcs4(&cp, 1);
            }
        } else {
            decoded = namedEntities().value(name);
        }
        if (decoded.isEmpty()) {
            out += c;
            continue;
        }
        out += decoded;
        i = semi;
    }
    // "<" followed by what reads as a tag would make the text HTML-like again.
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out[i] != QLatin1Char('<'))
            continue;
        qsizetype j = i + 1;
        while (j < out.size() && out[j].isSpace()) ++j;
        if (j < out.size() && (out[j].isLetter() || out[j] == QLatin1Char('/') || out[j] == QLatin1Char('!') || out[j] == QLatin1Char('?')))
            out[i] = QChar(0x2039); // ‹
    }
    return out;
}

PlainFromHtml plainFromHtml(const QString &html)
{
    PlainFromHtml result;
    QString raw;
    raw.reserve(html.size());
    QVector<int> lists; // 0: bullets; n > 0: next number of an ordered list
    qsizetype i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c != QLatin1Char('<')) {
            const qsizetype next = html.indexOf(QLatin1Char('<'), i);
            raw += html.mid(i, next < 0 ? -1 : next - i);
            i = next < 0 ? html.size() : next;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
            i = end < 0 ? html.size() : end + 3;
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), i);
        if (close < 0) { // a lone "<": text
            raw += QChar(0x2039);
            ++i;
            continue;
        }
        const QString tag = html.mid(i + 1, close - i - 1);
        i = close + 1;
        const bool closing = tag.startsWith(QLatin1Char('/'));
        QString name;
        for (qsizetype k = closing ? 1 : 0; k < tag.size() && (tag[k].isLetterOrNumber()); ++k)
            name += tag[k].toLower();
        if (name.isEmpty()) {
            continue; // <!DOCTYPE>, <?xml?> and the like carry no text
        }
        if (isDropped(name)) {
            if (!closing) {
                result.droppedScripts.append(name);
                const qsizetype end = html.indexOf(QStringLiteral("</") + name, i, Qt::CaseInsensitive);
                const qsizetype endClose = end < 0 ? -1 : html.indexOf(QLatin1Char('>'), end);
                i = endClose < 0 ? html.size() : endClose + 1;
            }
            continue;
        }
        if (name == QLatin1String("img")) {
            const QString src = attributeOf(tag, QStringLiteral("src")).trimmed();
            static const QString pluginFile = QStringLiteral("@@PLUGINFILE@@/");
            if (src.startsWith(pluginFile))
                result.embeddedImages.append(decodeEntities(src.mid(pluginFile.size())));
            else
                result.remoteImages.append(src.left(200));
            continue;
        }
        if (name == QLatin1String("ul") || name == QLatin1String("ol")) {
            if (closing && !lists.isEmpty())
                lists.removeLast();
            else if (!closing && lists.size() < 16)
                lists.append(name == QLatin1String("ol") ? 1 : 0);
            raw += QLatin1Char('\n');
            continue;
        }
        if (name == QLatin1String("li") && !closing) {
            if (!lists.isEmpty() && lists.last() > 0)
                raw += QStringLiteral("\n%1. ").arg(lists.last()++);
            else
                raw += QStringLiteral("\n• ");
            continue;
        }
        if (name == QLatin1String("br"))
            raw += QLatin1Char('\n');
        else if (isBlock(name) || name == QLatin1String("li"))
            raw += QStringLiteral("\n\n");
    }
    result.text = decodeEntities(tidy(raw));
    return result;
}

QString htmlFromPlain(const QString &text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<p>") + escaped + QStringLiteral("</p>");
}

} // namespace khien
