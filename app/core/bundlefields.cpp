// Checked reading of a results bundle's JSON fields (see bundlefields.h).
#include "bundlefields.h"

#include "resultsbundle.h"
#include "storesql.h"

#include <cmath>

namespace khien {

namespace {
// What a field should have been, for "is missing or not %1".
const char *const aText = QT_TRANSLATE_NOOP("ResultsBundle", "text");
const char *const aList = QT_TRANSLATE_NOOP("ResultsBundle", "a list");
const char *const aNumber = QT_TRANSLATE_NOOP("ResultsBundle", "a number");
const char *const aBoolean = QT_TRANSLATE_NOOP("ResultsBundle", "true or false");
const char *const aTime = QT_TRANSLATE_NOOP("ResultsBundle", "a time");
} // namespace

BundleFields::BundleFields(const QJsonObject &o, QString where, QString &error)
    : m_o(o), m_where(std::move(where)), m_error(error)
{
}

QJsonValue BundleFields::value(const char *key, QJsonValue::Type type, const char *kind)
{
    const QJsonValue v = m_o.value(QLatin1String(key));
    if (m_error.isEmpty() && v.type() != type)
        fail(key, ResultsBundle::tr("is missing or not %1").arg(ResultsBundle::tr(kind)));
    return m_error.isEmpty() ? v : QJsonValue();
}

QString BundleFields::string(const char *key, int maxLength)
{
    const QString s = value(key, QJsonValue::String, aText).toString();
    if (s.size() > maxLength)
        fail(key, ResultsBundle::tr("is longer than %1 characters").arg(maxLength));
    return s;
}

QString BundleFields::id(const char *key, const QRegularExpression &pattern)
{
    const QString s = value(key, QJsonValue::String, aText).toString();
    if (m_error.isEmpty() && !pattern.match(s).hasMatch())
        fail(key, ResultsBundle::tr("is not a valid id"));
    return s;
}

QStringList BundleFields::ids(const char *key, const QRegularExpression &pattern)
{
    QStringList result;
    const QJsonArray items = value(key, QJsonValue::Array, aList).toArray();
    if (items.size() > 10000)
        fail(key, ResultsBundle::tr("has too many items"));
    for (const QJsonValue &item : items) {
        if (m_error.isEmpty() && !pattern.match(item.toString()).hasMatch())
            fail(key, ResultsBundle::tr("holds an invalid id"));
        result.append(item.toString());
    }
    return result;
}

double BundleFields::number(const char *key, double min, double max)
{
    const double d = value(key, QJsonValue::Double, aNumber).toDouble();
    if (m_error.isEmpty() && !(std::isfinite(d) && d >= min && d <= max))
        fail(key, ResultsBundle::tr("is out of range"));
    return d;
}

qint64 BundleFields::integer(const char *key, double min, double max)
{
    const double d = number(key, min, max);
    if (m_error.isEmpty() && d != std::floor(d))
        fail(key, ResultsBundle::tr("is not a whole number"));
    return m_error.isEmpty() ? qint64(d) : 0;
}

bool BundleFields::boolean(const char *key)
{
    return value(key, QJsonValue::Bool, aBoolean).toBool();
}

QDateTime BundleFields::time(const char *key, bool nullable)
{
    if (nullable && m_o.value(QLatin1String(key)).isNull())
        return {};
    const QDateTime t = storesql::fromIso(value(key, QJsonValue::String, aTime).toString());
    if (m_error.isEmpty() && !t.isValid())
        fail(key, ResultsBundle::tr("is not a valid time"));
    return t;
}

QJsonArray BundleFields::list(const char *key, int maxSize)
{
    const QJsonArray items = value(key, QJsonValue::Array, aList).toArray();
    if (items.size() > maxSize)
        fail(key, ResultsBundle::tr("has more than %1 items").arg(maxSize));
    return m_error.isEmpty() ? items : QJsonArray();
}

void BundleFields::fail(const char *key, const QString &what)
{
    if (m_error.isEmpty())
        m_error = ResultsBundle::tr("%1: \"%2\" %3").arg(m_where, QLatin1String(key), what);
}

} // namespace khien
