#include "untrustedtext.h"

#include <QList>
#include <QStringDecoder>

namespace khien {

namespace {

bool isEmojiPart(char32_t c)
{
    // Pictographs, dingbats, symbols and their modifiers: where U+200D joins emoji.
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || c == 0xFE0F
        || (c >= 0x1F3FB && c <= 0x1F3FF);
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

namespace {

// Hidden, unless it is a zero-width joiner between two parts of an emoji.
bool hiddenAt(const QList<uint> &ucs4, qsizetype i)
{
    const char32_t c = ucs4.at(i);
    const bool emojiJoiner = c == 0x200D && i > 0 && i + 1 < ucs4.size()
        && isEmojiPart(ucs4.at(i - 1)) && isEmojiPart(ucs4.at(i + 1));
    return isHiddenCharacter(c) && !emojiJoiner;
}

} // namespace

char32_t firstHiddenCharacter(const QString &text)
{
    const QList<uint> ucs4 = text.toUcs4();
    for (qsizetype i = 0; i < ucs4.size(); ++i)
        if (hiddenAt(ucs4, i))
            return ucs4.at(i);
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
        if (!hiddenAt(ucs4, i))
            kept.append(c);
    }
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(kept.constData()), kept.size())
        .simplified();
}

int lineOfInvalidUtf8(const QByteArray &bytes)
{
    QStringDecoder whole(QStringDecoder::Utf8);
    const QString all = whole.decode(bytes);
    Q_UNUSED(all)
    if (!whole.hasError())
        return 0;
    // A multi-byte sequence never contains '\n', so lines can be checked one by one.
    int line = 1;
    for (qsizetype start = 0; start <= bytes.size(); ++line) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder one(QStringDecoder::Utf8);
        const QString text = one.decode(QByteArrayView(bytes).sliced(start, end - start));
        Q_UNUSED(text)
        if (one.hasError())
            return line;
        start = end + 1;
    }
    return 1;
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
