// Helpers shared by the Store's source files (see storesql.h).
#include "storesql.h"

#include "sqlitedialect.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

namespace khien::storesql {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString toIso(const QDateTime &t)
{
    const QDateTime v = t.isValid() ? t : QDateTime::currentDateTimeUtc();
    return v.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool isJoinableId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9-]+$"));
    return pattern.match(id).hasMatch();
}

std::optional<QSqlQuery> query(const QString &name, const QString &sql, const QVariantList &values,
                               QString &error)
{
    QSqlQuery q(QSqlDatabase::database(name, false));
    if (!q.driver() || !q.driver()->isOpen()) {
        error = QStringLiteral("the database is not open");
        return std::nullopt;
    }
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (prepared && q.exec())
        return q;
    error = q.lastError().text();
    return std::nullopt;
}

bool inWriteTransaction(const QString &name, QString &error, const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen()) {
        error = QStringLiteral("the database is not open");
        return false;
    }
    if (!sqlite::beginWriteTransaction(db, &error))
        return false;
    if (!work()) {
        db.rollback();
        return false;
    }
    if (db.commit())
        return true;
    error = db.lastError().text();
    db.rollback();
    return false;
}

std::optional<int> writeCommitted(const QString &name, const QString &sql,
                                  const QVariantList &values, QString &error)
{
    std::optional<int> rows;
    const bool committed = inWriteTransaction(name, error, [&] {
        if (const auto q = query(name, sql, values, error))
            rows = q->numRowsAffected();
        return rows.has_value();
    });
    return committed ? rows : std::nullopt;
}

} // namespace khien::storesql
