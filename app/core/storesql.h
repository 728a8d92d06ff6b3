// What the Store's source files share and nobody else needs: ISO time stamps, parameter
// binding, and statements run on the store's named connection, every write committed before
// it returns. Portable SQL only: SQLite-only text lives in sqlitedialect.cpp, PostgreSQL-only
// text in pgdialect.cpp.
#pragma once

#include "coreerror.h"
#include "untrustedtext.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>
#include <optional>

namespace khien {
struct Trainee;
}

namespace khien::storesql {

// A failure of the store that is not the driver's: `code` with its technical detail.
[[nodiscard]] inline CoreError failure(ErrorCode code, const QString &detail, const QString &where = {})
{
    return {code, where, detail};
}

// Names of trainees and classes, already cleaned (cleanName): 1..maxNameLength characters.
[[nodiscard]] bool isValidName(const QString &cleaned, CoreError &error);
// Columns id, display_name, group_code, created_at.
[[nodiscard]] Trainee traineeFrom(const QSqlQuery &q);
// Collated as Vietnamese whatever the UI language: byte order would put "Ánh" after "Yến".
[[nodiscard]] QVector<Trainee> sortedByName(QVector<Trainee> trainees);

[[nodiscard]] QString newId(); // UUID without braces
// UTC, milliseconds, fixed width: text order is time order. Invalid means now.
[[nodiscard]] QString toIso(const QDateTime &t);
[[nodiscard]] QDateTime fromIso(const QVariant &v);
// A null QString binds as SQL NULL; every text column here is NOT NULL.
[[nodiscard]] QVariant text(const QString &s);
// Option and question ids are stored joined with ','; this is what may be joined.
[[nodiscard]] bool isJoinableId(const QString &id);

// Prepares `sql` on connection `name`, binds `values` in order and runs it; nullopt with
// `error` set on failure.
[[nodiscard]] std::optional<QSqlQuery> query(const QString &name, const QString &sql,
                                             const QVariantList &values, CoreError &error);

// Runs `work` in one write transaction on connection `name`, committed (synchronous=FULL: on
// disk) before returning. Rolled back when `work` returns false (it sets `error`) or the
// commit fails. `work` must let go of its queries before returning, and may run again (on
// PostgreSQL, after a serialization failure): it must not count across runs.
[[nodiscard]] bool inWriteTransaction(const QString &name, CoreError &error,
                                      const std::function<bool()> &work);

// One write statement in its own transaction, committed before returning. The number of
// rows it changed, or nullopt with `error` set.
[[nodiscard]] std::optional<int> writeCommitted(const QString &name, const QString &sql,
                                                const QVariantList &values, CoreError &error);

// Every row of a SELECT, each made into a value by `from`.
template<typename Row>
QVector<Row> rows(const QString &name, const QString &sql, const QVariantList &values,
                  CoreError &error, Row (*from)(const QSqlQuery &))
{
    QVector<Row> result;
    if (auto q = query(name, sql, values, error))
        while (q->next())
            result.append(from(*q));
    return result;
}

} // namespace khien::storesql
