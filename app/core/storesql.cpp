// Helpers shared by the Store's source files (see storesql.h).
#include "storesql.h"

#include "pgdialect.h"
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
#include <utility>

namespace khien::storesql {

namespace {

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String(pg::driverName);
}

CoreError errorOf(const QSqlDatabase &db, const QSqlError &error)
{
    return isPostgres(db) ? pg::errorOf(error) : sqlite::errorOf(error);
}

// PostgreSQL refuses every statement after a failed one until the transaction ends, the
// driver's DEALLOCATE of the failed statement included (which would leak it on the server):
// inside a write transaction a failed query is kept here until after the rollback.
thread_local QVector<QSqlQuery> *t_failedInTransaction = nullptr;

} // namespace

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
    // Rows are read once, in order: without this Qt keeps a copy of every row read so far
    // (a class's 11,000 grade rows copied and re-copied as the cache grows).
    q.setForwardOnly(true);
    const bool prepared = q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (prepared && q.exec())
        return q;
    error = errorOf(QSqlDatabase::database(name, false), q.lastError());
    if (t_failedInTransaction)
        t_failedInTransaction->append(std::move(q));
    return std::nullopt;
}

bool inWriteTransaction(const QString &name, CoreError &error, const std::function<bool()> &work)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen()) {
        error = failure(ErrorCode::StorageNotOpen, QStringLiteral("the database is not open"));
        return false;
    }
    // PostgreSQL may end a transaction with a serialization failure or deadlock that a second
    // run of the same work gets through; SQLite's "busy" already waited its timeout.
    const bool postgres = isPostgres(db);
    const int runs = postgres ? 3 : 1;
    for (int run = 1; run <= runs; ++run) {
        const bool begun = postgres ? pg::beginWriteTransaction(db, &error)
                                    : sqlite::beginWriteTransaction(db, &error);
        if (!begun)
            return false;
        QVector<QSqlQuery> failed;
        QVector<QSqlQuery> *const outer = std::exchange(t_failedInTransaction, postgres ? &failed : nullptr);
        const bool done = work();
        t_failedInTransaction = outer;
        if (done) {
            if (db.commit())
                return true;
            error = errorOf(db, db.lastError());
        }
        db.rollback();
        failed.clear(); // now their statements can be freed
        if (error.code != ErrorCode::StorageBusy)
            return false;
    }
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
