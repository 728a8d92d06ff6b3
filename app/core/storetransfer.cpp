// Store: copying a room's SQLite file into this store (`khien db copy --to URL`).
#include "store.h"

#include "sqliteconnection.h"
#include "sqlitedialect.h"
#include "storesql.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace khien {

using namespace storesql;

namespace {

struct Table
{
    const char *name;
    const char *columns;
    const char *conflict; // the key that says "already here"
    // What a row already here takes from the room's copy, and when; none: it is kept as it is.
    const char *update = nullptr;
};

// Parents before children (foreign keys). Attempt totals are not copied: the answers' trigger
// adds each answer it inserts, so they come out right on a first copy and on a later one that
// brings answers recorded since. Rows change in the room after a copy in two ways only: an
// attempt ends (finished or abandoned), and a practice box moves; a later copy brings both.
// Everything else is written once and kept.
const Table tables[] = {
    {"trainees", "id, display_name, group_code, created_at", "(id)"},
    {"lesson_progress", "trainee_id, module_id, lesson_id, first_read_at", "(trainee_id, lesson_id)"},
    {"quiz_attempts", "id, trainee_id, module_id, quiz_id, content_version, language, pass_percent,"
                      " max_score, started_at, finished_at, passed, seed, mode, question_order, abandoned",
     "(id)",
     "finished_at = excluded.finished_at, passed = excluded.passed, abandoned = excluded.abandoned"
     " WHERE quiz_attempts.finished_at IS NULL AND quiz_attempts.abandoned = 0"
     " AND (excluded.finished_at IS NOT NULL OR excluded.abandoned <> 0)"},
    {"answers", "attempt_id, question_id, question_type, chosen, correct, points, max_points,"
                " time_taken_ms, language, content_version, answered_at, position",
     "(attempt_id, question_id)"},
    {"decisions", "attempt_id, question_id, seq, step_id, choice_id, points, decided_at",
     "(attempt_id, question_id, seq)"},
    {"mistakes", "trainee_id, module_id, quiz_id, question_id, box, due_at, updated_at",
     "(trainee_id, quiz_id, question_id)",
     "box = excluded.box, due_at = excluded.due_at, updated_at = excluded.updated_at"
     " WHERE excluded.updated_at > mistakes.updated_at"},
    {"settings", "key, value", "(key)"},
    {"classes", "id, name, bundle_key, created_at", "(id)"},
    {"class_members", "class_id, trainee_id, added_at", "(class_id, trainee_id)"},
    {"sessions", "id, class_id, title, held_on, created_at", "(id)"},
    {"session_modules", "session_id, module_id, position", "(session_id, module_id)"},
};

} // namespace

std::optional<int> Store::copyFromSqlite(const QString &path)
{
    sqlite::OwnConnection source(path, sqlite::OwnConnection::Mode::ReadOnly);
    if (!source.isOpen()) {
        m_lastError = failure(ErrorCode::StorageFailed, source.error(), path);
        return std::nullopt;
    }
    const auto version = source.column(QStringLiteral("PRAGMA user_version"));
    if (!version || version->value(0).toInt() != schemaVersion) {
        m_lastError = failure(ErrorCode::WrongSchema,
                              QStringLiteral("%1 has schema %2, not %3: open it with this version of Khiên first")
                                      .arg(path, version ? version->value(0) : QStringLiteral("?"))
                                      .arg(schemaVersion),
                              path);
        return std::nullopt;
    }
    QSqlDatabase from = source.database();
    int added = 0;
    const bool committed = inWriteTransaction(m_connection, m_lastError, [&] {
        added = 0; // the work may run again
        for (const Table &table : tables) {
            const QString columns = QLatin1String(table.columns);
            const int count = int(columns.count(QLatin1Char(',')) + 1);
            QStringList marks;
            for (int i = 0; i < count; ++i)
                marks.append(QStringLiteral("?"));
            const QString onConflict = table.update
                ? QStringLiteral("DO UPDATE SET %1").arg(QLatin1String(table.update))
                : QStringLiteral("DO NOTHING");
            const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT %4 %5")
                                           .arg(QLatin1String(table.name), columns, marks.join(QLatin1Char(',')),
                                                QLatin1String(table.conflict), onConflict);
            QSqlQuery rows(from);
            rows.setForwardOnly(true);
            if (!rows.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns, QLatin1String(table.name)))) {
                m_lastError = failure(ErrorCode::StorageFailed, rows.lastError().text(), path);
                return false;
            }
            while (rows.next()) {
                QVariantList values;
                for (int i = 0; i < count; ++i)
                    values.append(rows.value(i));
                const bool isClass = qstrcmp(table.name, "classes") == 0;
                // SQLite's own constraint is case-sensitive: names are compared as createClass() does.
                if (const auto same = isClass ? classNamed(values.value(1).toString()) : std::nullopt;
                    same && same->id != values.value(0).toString()) {
                    m_lastError = failure(ErrorCode::NameTaken, QStringLiteral("class name taken"),
                                          values.value(1).toString());
                    return false;
                }
                const auto q = query(m_connection, insert, values, m_lastError);
                if (!q) {
                    // A class of the same name (another case) under another id.
                    if (m_lastError.code == ErrorCode::AlreadyRecorded && isClass)
                        m_lastError = failure(ErrorCode::NameTaken, m_lastError.detail, values.value(1).toString());
                    return false;
                }
                added += q->numRowsAffected();
            }
        }
        return true;
    });
    return committed ? std::optional(added) : std::nullopt;
}

} // namespace khien
