// Reading one JSON object of a results bundle field by field, each checked for its type and
// range; the first thing wrong is remembered (as a message naming where it is) and nothing
// more is read after it.
#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace khien {

class BundleFields
{
public:
    // `where` names the object in messages ("trainee 2, attempt 1"); `error` is shared by
    // every reader of one bundle.
    BundleFields(const QJsonObject &o, QString where, QString &error);

    QString string(const char *key, int maxLength = 64);
    QString id(const char *key, const QRegularExpression &pattern);
    QStringList ids(const char *key, const QRegularExpression &pattern);
    double number(const char *key, double min = -1e9, double max = 1e9);
    qint64 integer(const char *key, double min, double max);
    bool boolean(const char *key);
    QDateTime time(const char *key, bool nullable = false);
    QJsonArray list(const char *key, int maxSize);

    void fail(const char *key, const QString &what);
    [[nodiscard]] bool ok() const { return m_error.isEmpty(); }

private:
    QJsonValue value(const char *key, QJsonValue::Type type, const char *kind);

    QJsonObject m_o;
    QString m_where;
    QString &m_error;
};

} // namespace khien
