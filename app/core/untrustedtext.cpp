#include "untrustedtext.h"

#include <QList>

namespace khien {

namespace {

bool isEmojiPart(char32_t c)
{
    // Pictographs, dingbats, symbols and their modifiers: where U+200D joins emoji.
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F
        || (c >= 0x1F3FB && c <= 0x1F3FF);
}

// A zero-width joiner between two parts of an emoji is how emoji are written, not a disguise.
bool isEmojiJoiner(char32_t c, char32_t before, char32_t after)
{
    return c == 0x200D && isEmojiPart(before) && isEmojiPart(after);
}

} // namespace

bool isHiddenCharacter(char32_t c)
{
    if (c == U'\t' || c == U'\n')
        return false;
    if (c < 0x20 || (c >= 0x7F && c < 0xA0))
        return true;
    switch (QChar::category(c)) {
    case QChar::Other_Format:      // bidi controls, zero-width characters, soft hyphen ...
    case QChar::Other_Control:
    case QChar::Other_Surrogate:
    case QChar::Other_NotAssigned:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

char32_t firstHiddenCharacter(const QString &text)
{
    const qsizetype n = text.size();
    char32_t previous = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = text.at(i).unicode();
        if (u >= 0x20 && u < 0x7F) { // printable ASCII: most of any text, never hidden
            previous = u;
            continue;
        }
        char32_t c = u;
        qsizetype width = 1;
        if (QChar::isHighSurrogate(u) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(u, text.at(i + 1).unicode());
            width = 2;
        }
        if (isHiddenCharacter(c)) {
            const qsizetype next = i + width;
            char32_t after = 0;
            if (next < n)
                after = QChar::isHighSurrogate(text.at(next).unicode()) && next + 1 < n
                    ? QChar::surrogateToUcs4(text.at(next), text.at(next + 1))
                    : text.at(next).unicode();
            if (!isEmojiJoiner(c, previous, after))
                return c;
        }
        previous = c;
        i += width - 1;
    }
    return 0;
}

QString cleanName(const QString &raw)
{
    const QList<uint> ucs4 = raw.normalized(QString::NormalizationForm_C).toUcs4();
    QList<uint> kept;
    kept.reserve(ucs4.size());
    for (qsizetype i = 0; i < ucs4.size(); ++i) {
        const char32_t c = ucs4.at(i);
        if (c == U'\t' || c == U'\n' || c == U'\r' || c == 0x2028 || c == 0x2029) {
            kept.append(U' ');
            continue;
        }
        const char32_t before = i > 0 ? ucs4.at(i - 1) : 0;
        const char32_t after = i + 1 < ucs4.size() ? ucs4.at(i + 1) : 0;
        if (!isHiddenCharacter(c) || isEmojiJoiner(c, before, after))
            kept.append(c);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size())
        .simplified();
}

int lineOfInvalidUtf8(const QByteArray &bytes)
{
    // A plain validator (RFC 3629: no overlong forms, no surrogates, nothing past U+10FFFF),
    // one pass and no copy: it runs on every content file before it is parsed.
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    int line = 1;
    for (qsizetype i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            line += b == '\n' ? 1 : 0;
            ++i;
            continue;
        }
        int extra = 0;
        char32_t c = 0, min = 0;
        if ((b & 0xE0) == 0xC0) { extra = 1; c = b & 0x1F; min = 0x80; }
        else if ((b & 0xF0) == 0xE0) { extra = 2; c = b & 0x0F; min = 0x800; }
        else if ((b & 0xF8) == 0xF0) { extra = 3; c = b & 0x07; min = 0x10000; }
        else return line;
        if (i + extra >= n)
            return line;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return line;
            c = (c << 6) | (p[i + k] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return line;
        i += extra + 1;
    }
    return 0;
}

int textLength(const QString &text)
{
    int n = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (!text.at(i).isLowSurrogate())
            ++n;
    return n;
}

} // namespace khien
