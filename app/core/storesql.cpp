// Helpers shared by the Store's source files (see storesql.h).
#include "storesql.h"

#include "sqlitedialect.h"
#include "storerecords.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QUuid>

#include <algorithm>

namespace khien::storesql {

bool isValidName(const QString &cleaned, CoreError &error)
{
    if (cleaned.isEmpty()) {
        error = failure(ErrorCode::StorageFailed, QStringLiteral("the name is empty"));
        return false;
    }
    if (textLength(cleaned) > maxNameLength) {
        error = failure(ErrorCode::StorageFailed,
                        QStringLiteral("the name is longer than %1 characters").arg(maxNameLength));
        return false;
    }
    return true;
}

Trainee traineeFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            fromIso(q.value(3))};
}

QVector<Trainee> sortedByName(QVector<Trainee> trainees)
{
    // The C locale collates by code point; names are Vietnamese whatever the UI language.
    QCollator collator{QLocale(QLocale::Vietnamese, QLocale::Vietnam)};
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(trainees.begin(), trainees.end(), [&](const Trainee &a, const Trainee &b) {
        return collator.compare(a.displayName, b.displayName) < 0;
    });
    return trainees;
}

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
                               CoreError &error)
{
    QSqlQuery q(QSqlDatabase::database(name, false));
    if (!q.driver() || !q.driver()->isOpen()) {
        error = failure(ErrorCode::StorageNotOpen, QStringLiteral("the database is not open"));
        return std::nullopt;
    }
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (prepared && q.exec())
        return q;
    error = sqlite::errorOf(q.lastError());
    return std::nullopt;
}

bool inWriteTransaction(const QString &name, CoreError &error, const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen()) {
        error = failure(ErrorCode::StorageNotOpen, QStringLiteral("the database is not open"));
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
    error = sqlite::errorOf(db.lastError());
    db.rollback();
    return false;
}

std::optional<int> writeCommitted(const QString &name, const QString &sql,
                                  const QVariantList &values, CoreError &error)
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
