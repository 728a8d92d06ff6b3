// PostgreSQL-only parts of the store: the address, session settings, khien_schema, the write
// lock, SQLSTATE mapping and schema DDL.
#include "pgdialect.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

namespace khien::pg {

namespace {

bool run(QSqlDatabase &db, const QString &sql, QString *error, QVariant *first = nullptr)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    if (first)
        *first = q.next() ? q.value(0) : QVariant();
    return true;
}

bool isIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

// The lock key of this schema's writers (and, with a different prefix, its migrations).
QString lockOf(const char *what)
{
    return QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('%1:' || current_schema()))")
            .arg(QLatin1String(what));
}

} // namespace

QString Address::where() const
{
    return QStringLiteral("%1/%2").arg(host.isEmpty() ? QStringLiteral("localhost") : host,
                                        database);
}

bool isAddress(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
            || text.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::optional<Address> parseAddress(const QString &url, QString &error)
{
    constexpr int maxLength = 2048;
    if (url.size() > maxLength) {
        error = QStringLiteral("the database address is longer than %1 characters").arg(maxLength);
        return std::nullopt;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || !isAddress(url)) {
        error = QStringLiteral("not a postgresql:// address");
        return std::nullopt;
    }
    if (!parsed.password().isEmpty() || url.section(QLatin1Char('@'), 0, 0).count(QLatin1Char(':')) > 1) {
        error = QStringLiteral("the address holds a password; put it in PGPASSFILE or PGPASSWORD"
                               " instead (an address shows in process lists and shell history)");
        return std::nullopt;
    }
    Address a;
    a.host = parsed.host();
    a.port = parsed.port(-1);
    a.user = parsed.userName();
    a.database = parsed.path().mid(1);
    const QUrlQuery query(parsed);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode"))
            a.sslmode = value;
        else if (key == QLatin1String("host"))
            a.host = value;
        else if (key == QLatin1String("port"))
            a.port = value.toInt();
        else if (key == QLatin1String("user"))
            a.user = value;
        else if (key == QLatin1String("dbname"))
            a.database = value;
        else if (key == QLatin1String("schema"))
            a.schema = value;
        else if (key == QLatin1String("password")) {
            error = QStringLiteral("the address holds a password; put it in PGPASSFILE or"
                                   " PGPASSWORD instead");
            return std::nullopt;
        } else {
            error = QStringLiteral("unknown option \"%1\" in the database address").arg(key);
            return std::nullopt;
        }
    }
    static const QStringList sslModes{QStringLiteral("disable"), QStringLiteral("allow"),
                                      QStringLiteral("prefer"), QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    if (!a.sslmode.isEmpty() && !sslModes.contains(a.sslmode)) {
        error = QStringLiteral("unknown sslmode \"%1\"").arg(a.sslmode);
        return std::nullopt;
    }
    if (!a.schema.isEmpty() && !isIdentifier(a.schema)) {
        error = QStringLiteral("the schema name must be lower-case letters, digits and _");
        return std::nullopt;
    }
    if (a.database.isEmpty() || a.database.contains(QLatin1Char('/'))) {
        error = QStringLiteral("the address names no database");
        return std::nullopt;
    }
    // libpq's connection string quotes values; ';' would end the driver's option list.
    for (const QString &part : {a.host, a.user, a.database})
        if (part.contains(QLatin1Char(';')) || part.contains(QLatin1Char('\'')) || part.contains(QLatin1Char('\\'))) {
            error = QStringLiteral("the database address holds ; ' or \\");
            return std::nullopt;
        }
    return a;
}

void configure(QSqlDatabase &db, const Address &address)
{
    db.setHostName(address.host);
    if (address.port > 0)
        db.setPort(address.port);
    db.setDatabaseName(address.database);
    db.setUserName(address.user);
    QStringList options{QStringLiteral("connect_timeout=10"),
                        QStringLiteral("application_name=khien")};
    if (!address.sslmode.isEmpty())
        options.append(QStringLiteral("sslmode=%1").arg(address.sslmode));
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

bool applySessionSettings(QSqlDatabase &db, const Address &address, QString *error)
{
    // The schema name is checked against [a-z_][a-z0-9_]* (parseAddress): nothing to inject.
    if (!address.schema.isEmpty()
        && !run(db, QStringLiteral("SET search_path TO %1").arg(address.schema), error))
        return false;
    // A client that waits this long for the write lock reports "busy" instead of hanging.
    return run(db, QStringLiteral("SET lock_timeout = '15s'"), error)
            && run(db, QStringLiteral("SET client_encoding = 'UTF8'"), error);
}

int schemaVersionOf(QSqlDatabase &db)
{
    QVariant exists;
    if (!run(db, QStringLiteral("SELECT to_regclass('khien_schema') IS NOT NULL"), nullptr, &exists))
        return -1;
    if (!exists.toBool())
        return 0;
    QVariant version;
    if (!run(db, QStringLiteral("SELECT MAX(version) FROM khien_schema"), nullptr, &version))
        return -1;
    return version.toInt();
}

int migrate(QSqlDatabase &db, const Address &address, QString *error)
{
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return -1;
    }
    int found = -1;
    bool ok = (address.schema.isEmpty()
               || run(db, QStringLiteral("CREATE SCHEMA IF NOT EXISTS %1").arg(address.schema), error))
            && run(db, lockOf("khien-migrate"), error)
            && run(db, QStringLiteral("CREATE TABLE IF NOT EXISTS khien_schema"
                                      " (version INTEGER NOT NULL)"), error);
    if (ok && (found = schemaVersionOf(db)) < 0) {
        if (error)
            *error = QStringLiteral("cannot read khien_schema");
        ok = false;
    }
    for (int to = found + 1; ok && to <= schemaVersion; ++to) {
        for (const QString &sql : migrationStatements(to)) {
            if (!run(db, sql, error)) {
                if (error)
                    *error = QStringLiteral("migration to %1: %2").arg(to).arg(*error);
                ok = false;
                break;
            }
        }
    }
    if (ok && found < schemaVersion)
        ok = run(db, QStringLiteral("DELETE FROM khien_schema"), error)
                && run(db, QStringLiteral("INSERT INTO khien_schema (version) VALUES (%1)")
                                   .arg(schemaVersion), error);
    if (ok && db.commit())
        return found;
    if (ok && error)
        *error = db.lastError().text();
    db.rollback();
    return -1;
}

bool beginWriteTransaction(QSqlDatabase &db, CoreError *error)
{
    if (!db.transaction()) {
        if (error)
            *error = errorOf(db.lastError());
        return false;
    }
    QSqlQuery q(db);
    if (q.exec(lockOf("khien-write")))
        return true;
    if (error)
        *error = errorOf(q.lastError());
    q.finish();
    db.rollback();
    return false;
}

CoreError errorOf(const QSqlError &error)
{
    const QString state = error.nativeErrorCode();
    ErrorCode kind = ErrorCode::StorageFailed;
    if (state == QLatin1String("23505"))
        kind = ErrorCode::AlreadyRecorded;
    else if (state == QLatin1String("40001") || state == QLatin1String("40P01")
             || state == QLatin1String("55P03"))
        kind = ErrorCode::StorageBusy;
    else if (state == QLatin1String("53100"))
        kind = ErrorCode::StorageFull;
    else if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        kind = ErrorCode::StorageReadOnly;
    else if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        kind = ErrorCode::StorageDamaged;
    return {kind, {}, error.text()};
}

QStringList migrationStatements(int to)
{
    switch (to) {
    case 1:
        // SQLite's versions 1-3 in one step. Times are ISO text as in SQLite (fixed width UTC:
        // text order is time order); flags are INTEGER 0/1 as the portable SQL writes them.
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
                           " max_score DOUBLE PRECISION NOT NULL,"
                           " started_at TEXT NOT NULL,"
                           " finished_at TEXT NULL,"
                           " passed INTEGER NULL,"
                           " seed BIGINT NOT NULL DEFAULT 0,"
                           " mode TEXT NOT NULL DEFAULT 'practice',"
                           " question_order TEXT NOT NULL DEFAULT '',"
                           " abandoned INTEGER NOT NULL DEFAULT 0,"
                           " score DOUBLE PRECISION NOT NULL DEFAULT 0,"
                           " answered_count INTEGER NOT NULL DEFAULT 0,"
                           " time_spent_ms BIGINT NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX quiz_attempts_trainee ON quiz_attempts (trainee_id)"),
            QStringLiteral("CREATE TABLE answers ("
                           " attempt_id TEXT NOT NULL"
                           "  REFERENCES quiz_attempts(id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " question_type TEXT NOT NULL,"
                           " chosen TEXT NOT NULL,"
                           " correct INTEGER NOT NULL,"
                           " points DOUBLE PRECISION NOT NULL,"
                           " max_points DOUBLE PRECISION NOT NULL,"
                           " time_taken_ms BIGINT NOT NULL,"
                           " language TEXT NOT NULL,"
                           " content_version TEXT NOT NULL,"
                           " answered_at TEXT NOT NULL,"
                           " position INTEGER NOT NULL,"
                           " PRIMARY KEY (attempt_id, question_id))"),
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE decisions ("
                           " attempt_id TEXT NOT NULL"
                           "  REFERENCES quiz_attempts(id) ON DELETE CASCADE,"
                           " question_id TEXT NOT NULL,"
                           " seq INTEGER NOT NULL,"
                           " step_id TEXT NOT NULL,"
                           " choice_id TEXT NOT NULL,"
                           " points DOUBLE PRECISION NOT NULL,"
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
            // The attempt's totals follow every answer, as SQLite's trigger keeps them.
            QStringLiteral("CREATE FUNCTION answers_add_to_attempt() RETURNS trigger"
                           " LANGUAGE plpgsql SET search_path FROM CURRENT AS $$ BEGIN"
                           " UPDATE quiz_attempts SET score = score + NEW.points,"
                           " answered_count = answered_count + 1,"
                           " time_spent_ms = time_spent_ms + NEW.time_taken_ms"
                           " WHERE id = NEW.attempt_id; RETURN NULL; END $$"),
            QStringLiteral("CREATE TRIGGER answers_add_to_attempt AFTER INSERT ON answers"
                           " FOR EACH ROW EXECUTE FUNCTION answers_add_to_attempt()"),
            QStringLiteral("CREATE TABLE classes ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " bundle_key TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            // Class names are unique in any case, enforced here rather than checked and raced:
            // the ICU collation folds Vietnamese capitals ("LỚP" is "lớp") whatever the
            // database's own locale.
            QStringLiteral("CREATE UNIQUE INDEX classes_name_folded"
                           " ON classes (lower(name COLLATE \"und-x-icu\"))"),
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
    case 2:
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

} // namespace khien::pg
