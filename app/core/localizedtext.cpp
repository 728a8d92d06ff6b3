#include "localizedtext.h"

namespace khien {

QString LocalizedText::in(const QString &lang) const
{
    // A pack written in one language only (an imported question bank) shows that language.
    const QString &wanted = lang == QLatin1String("vi") ? vi : en;
    return wanted.isEmpty() ? (lang == QLatin1String("vi") ? en : vi) : wanted;
}

bool LocalizedText::set(const QString &lang, const QString &text)
{
    if (lang == QLatin1String("vi"))
        vi = text;
    else if (lang == QLatin1String("en"))
        en = text;
    else
        return false;
    return true;
}

} // namespace khien
