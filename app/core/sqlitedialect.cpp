// SQLite-only parts of the store: file probe, connection pragmas, user_version, schema DDL.
#include "sqlitedialect.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace khien::sqlite {

namespace {

// Runs one pragma (or another statement without parameters); returns its first column (if
// any) through `result`.
bool runPragma(QSqlDatabase &db, const QString &sql, QString *error, QVariant *result = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(sql, q.lastError().text());
        return false;
    }
    if (result)
        *result = q.next() ? q.value(0) : QVariant();
    return true;
}

} // namespace

bool looksLikeSqliteFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (!info.isFile())
        return false;
    if (info.size() == 0)
        return true;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    static const QByteArray header("SQLite format 3\0", 16);
    return file.read(header.size()) == header;
}

bool applyConnectionPragmas(QSqlDatabase &db, QString *error)
{
    // busy_timeout first, so the pragmas below wait for another process's lock.
    if (!runPragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"), error)
        || !runPragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), error)
        || !runPragma(db, QStringLiteral("PRAGMA synchronous = FULL"), error))
        return false;

    // foreign_keys is silently ignored by builds without it; cascades rely on it.
    QVariant fk;
    if (!runPragma(db, QStringLiteral("PRAGMA foreign_keys"), error, &fk))
        return false;
    if (fk.toInt() != 1) {
        if (error)
            *error = QStringLiteral("SQLite refused to enable foreign keys");
        return false;
    }

    QVariant mode;
    if (!runPragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), error, &mode))
        return false;
    // SQLite keeps the old mode where WAL is impossible (some network file systems);
    // synchronous=FULL still makes every commit durable there, so carry on.
    if (mode.toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        qWarning("khien: SQLite journal mode is %s, not WAL", qPrintable(mode.toString()));
    return true;
}

int userVersion(QSqlDatabase &db)
{
    QVariant v;
    if (!runPragma(db, QStringLiteral("PRAGMA user_version"), nullptr, &v) || !v.isValid())
        return -1; // unreadable: locked, or not a database after all
    return v.toInt();
}

bool setUserVersion(QSqlDatabase &db, int version, QString *error)
{
    // PRAGMA takes no bound parameters; `version` is an int, so nothing can be injected.
    return runPragma(db, QStringLiteral("PRAGMA user_version = %1").arg(version), error);
}

bool beginWriteTransaction(QSqlDatabase &db, CoreError *error)
{
    // QSqlDatabase::transaction() says a plain BEGIN, which takes no lock until the first
    // write; the driver's commit() and rollback() work the same after either.
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    if (error)
        *error = errorOf(q.lastError());
    return false;
}

CoreError errorOf(const QSqlError &error)
{
    // The driver gives SQLite's result code, extended or not; its low byte is the primary.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    ErrorCode kind = ErrorCode::StorageFailed;
    switch (isNumber ? code & 0xff : -1) {
    case 5: case 6: kind = ErrorCode::StorageBusy; break;      // BUSY, LOCKED
    case 8: kind = ErrorCode::StorageReadOnly; break;          // READONLY
    case 11: case 26: kind = ErrorCode::StorageDamaged; break; // CORRUPT, NOTADB
    case 13: kind = ErrorCode::StorageFull; break;             // FULL
    case 19:                                                   // CONSTRAINT
        // Only a key already there means "already recorded"; when the code is not extended,
        // a key is what the store's writes can violate.
        if (code == 19 || code == 1555 || code == 2067) // PRIMARYKEY, UNIQUE
            kind = ErrorCode::AlreadyRecorded;
        break;
    default: break;
    }
    return {kind, {}, error.text()};
}

QStringList migrationStatements(int to)
{
    switch (to) {
    case 1:
        return {
            QStringLiteral("CREATE TABLE trainees ("
                           " id TEXT PRIMARY KEY,"
                           " display_name TEXT NOT NULL,"
                           " group_code TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE lesson_progress ("
                           " trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,"
                           " module_id TEXT NOT NULL,"
                           " lesson_id TEXT NOT NULL,"
                           " first_read_at TEXT NOT NULL,"
                           " PRIMARY KEY (trainee_id, lesson_id))"),
            QStringLiteral("CREATE TABLE quiz_attempts ("
                           " id TEXT PRIMARY KEY,"
                           " trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,"
                           " module_id TEXT NOT NULL,"
                           " quiz_id TEXT NOT NULL,"
                           " content_version TEXT NOT NULL,"
                           " language TEXT NOT NULL,"
                           " pass_percent INTEGER NOT NULL,"
                           " max_score REAL NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT NULL,"
                           " passed INTEGER NULL)"),
            QStringLiteral("CREATE INDEX quiz_attempts_trainee ON quiz_attempts (trainee_id)"),
            QStringLiteral("CREATE TABLE answers ("
                           " attempt_id TEXT NOT NULL"
                           "  REFERENCES quiz_attempts(id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " question_type TEXT NOT NULL,"
                           " chosen TEXT NOT NULL,"
                           " correct INTEGER NOT NULL,"
                           " points REAL NOT NULL,"
                           " max_points REAL NOT NULL,"
                           " time_taken_ms INTEGER NOT NULL,"
                           " language TEXT NOT NULL,"
                           " content_version TEXT NOT NULL,"
                           " answered_at TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (attempt_id, question_id))"),
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
        };
    case 2:
        return {
            // Enough to rebuild an interrupted attempt exactly: the plan's seed and the
            // question ids as asked, joined with ','.
            QStringLiteral("ALTER TABLE quiz_attempts ADD COLUMN seed INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE quiz_attempts"
                           " ADD COLUMN mode TEXT NOT NULL DEFAULT 'practice'"),
            QStringLiteral("ALTER TABLE quiz_attempts"
                           " ADD COLUMN question_order TEXT NOT NULL DEFAULT ''"),
            // An attempt the trainee chose not to resume: finished, but never a grade.
            QStringLiteral("ALTER TABLE quiz_attempts"
                           " ADD COLUMN abandoned INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE decisions ("
                           " attempt_id TEXT NOT NULL"
                           "  REFERENCES quiz_attempts(id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " step_id TEXT NOT NULL,"
                           " choice_id TEXT NOT NULL,"
                           " points REAL NOT NULL,"
                           " decided_at TEXT NOT NULL,"
                           " PRIMARY KEY (attempt_id, question_id, seq))"),
            QStringLiteral("CREATE TABLE mistakes ("
                           " trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,"
                           " module_id TEXT NOT NULL,"
                           " quiz_id TEXT NOT NULL,"
                           " question_id TEXT NOT NULL,"
                           " box INTEGER NOT NULL,"
                           " due_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " PRIMARY KEY (trainee_id, quiz_id, question_id))"),
            QStringLiteral("CREATE INDEX mistakes_due ON mistakes (trainee_id, due_at)"),
        };
    case 3:
        return {
            // Each attempt's totals, kept by a trigger on every answer however it arrives
            // (the quiz, a results bundle), so dashboards and exports of thousands of
            // attempts read one row per attempt instead of summing every answer.
            QStringLiteral("ALTER TABLE quiz_attempts ADD COLUMN score REAL NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE quiz_attempts"
                           " ADD COLUMN answered_count INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE quiz_attempts"
                           " ADD COLUMN time_spent_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE quiz_attempts SET"
                           " score = (SELECT COALESCE(SUM(points), 0) FROM answers"
                           "  WHERE attempt_id = quiz_attempts.id),"
                           " answered_count = (SELECT COUNT(*) FROM answers"
                           "  WHERE attempt_id = quiz_attempts.id),"
                           " time_spent_ms = (SELECT COALESCE(SUM(time_taken_ms), 0) FROM answers"
                           "  WHERE attempt_id = quiz_attempts.id)"),
            QStringLiteral("CREATE TRIGGER answers_add_to_attempt AFTER INSERT ON answers"
                           " BEGIN UPDATE quiz_attempts SET score = score + NEW.points,"
                           " answered_count = answered_count + 1,"
                           " time_spent_ms = time_spent_ms + NEW.time_taken_ms"
                           " WHERE id = NEW.attempt_id; END"),
            QStringLiteral("CREATE TABLE classes ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " bundle_key TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE class_members ("
                           " class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,"
                           " trainee_id TEXT NOT NULL REFERENCES trainees(id) ON DELETE CASCADE,"
                           " added_at TEXT NOT NULL,"
                           " PRIMARY KEY (class_id, trainee_id))"),
            QStringLiteral("CREATE INDEX class_members_trainee ON class_members (trainee_id)"),
            QStringLiteral("CREATE TABLE sessions ("
                           " id TEXT PRIMARY KEY,"
                           " class_id TEXT NOT NULL REFERENCES classes(id) ON DELETE CASCADE,"
                           " title TEXT NOT NULL,"
                           " held_on TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX sessions_class ON sessions (class_id, held_on)"),
            QStringLiteral("CREATE TABLE session_modules ("
                           " session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                           " module_id TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (session_id, module_id))"),
        };
    case 4:
        return {
            // Grades of a class in one pass over an index that holds every column the grades
            // query reads, already in (trainee, module) order: no table lookups and no sort
            // for its GROUP BY. It starts with trainee_id, so it replaces the older index.
            QStringLiteral("CREATE INDEX quiz_attempts_grades ON quiz_attempts"
                           " (trainee_id, module_id, finished_at, abandoned, passed, score,"
                           " max_score, time_spent_ms)"),
            QStringLiteral("DROP INDEX quiz_attempts_trainee"),
        };
    default:
        return {};
    }
}

} // namespace khien::sqlite
