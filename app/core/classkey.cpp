#include "classkey.h"

#include <QByteArrayView>
#include <QRandomGenerator>

namespace khien {

namespace {

const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // 32 symbols

QString grouped(const QString &plain)
{
    QString out;
    for (int i = 0; i < plain.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += QLatin1Char('-');
        out += plain.at(i);
    }
    return out;
}

} // namespace

QString newClassKey()
{
    QString plain;
    auto *random = QRandomGenerator::system();
    for (int i = 0; i < classKeyChars; ++i)
        plain += QLatin1Char(alphabet[random->bounded(32)]);
    return grouped(plain);
}

std::optional<QString> normalizeClassKey(const QString &typed)
{
    QString plain;
    for (QChar c : typed) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        c = c.toUpper();
        if (c == QLatin1Char('O'))
            c = QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            c = QLatin1Char('1');
        if (c.unicode() > 127 || !QByteArrayView(alphabet).contains(char(c.unicode())))
            return std::nullopt;
        plain += c;
    }
    if (plain.size() != classKeyChars)
        return std::nullopt;
    return grouped(plain);
}

QByteArray classKeyBytes(const QString &canonicalKey)
{
    QString plain = canonicalKey;
    plain.remove(QLatin1Char('-'));
    return plain.toLatin1();
}

} // namespace khien
