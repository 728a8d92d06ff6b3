#include "localizedtext.h"

namespace khien {

QString LocalizedText::in(const QString &lang) const
{
    return lang == QLatin1String("vi") ? vi : en;
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
