#include "displayformat.h"

#include <QDate>
#include <QDateTime>

#include <cmath>

namespace khien {

namespace {

bool isVietnamese(const QString &language)
{
    return language.startsWith(QLatin1String("vi"), Qt::CaseInsensitive);
}

} // namespace

QLocale displayLocale(const QString &language)
{
    return isVietnamese(language) ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                  : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString formatNumber(double value, const QString &language)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    double tenths = std::round(value * 10) / 10;
    if (tenths == 0)
        tenths = 0; // no "-0"
    const bool whole = tenths == std::round(tenths);
    QLocale locale = displayLocale(language);
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale.toString(tenths, 'f', whole ? 0 : 1);
}

QString formatPercent(double percent, const QString &language)
{
    return formatNumber(percent, language) + QLatin1Char('%');
}

QString formatDate(const QDate &date, const QString &language)
{
    if (!date.isValid())
        return {};
    return displayLocale(language).toString(date, isVietnamese(language) ? QStringLiteral("dd/MM/yyyy")
                                                                         : QStringLiteral("d MMM yyyy"));
}

QString formatDateTime(const QDateTime &dateTime, const QString &language)
{
    if (!dateTime.isValid())
        return {};
    return displayLocale(language).toString(dateTime.toLocalTime(),
                                            isVietnamese(language) ? QStringLiteral("dd/MM/yyyy HH:mm")
                                                                   : QStringLiteral("d MMM yyyy, HH:mm"));
}

} // namespace khien
