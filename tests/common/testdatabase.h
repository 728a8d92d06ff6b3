// Where a test's store lives. Normally the SQLite file the test names; when the test runs as
// its `_pg` twin (KHIEN_TEST_BACKEND=pg, registered by khien_add_pg_test), a fresh schema of
// its own in the PostgreSQL database KHIEN_TEST_PG_URL names (the cluster CTest starts with
// tests/pg/pg-cluster.sh). The same file path gives the same schema within one run, so a
// test that closes and reopens its store finds its data again.
#pragma once

#include "pgdialect.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QUuid>

namespace khien::testdb {

inline bool onPostgres()
{
    return qgetenv("KHIEN_TEST_BACKEND") == "pg";
}

// KHIEN_TEST_PG_URL, or the address pg-cluster.sh wrote to KHIEN_TEST_PG_URL_FILE.
inline QString postgresUrl()
{
    if (qEnvironmentVariableIsSet("KHIEN_TEST_PG_URL"))
        return qEnvironmentVariable("KHIEN_TEST_PG_URL");
    QFile file(qEnvironmentVariable("KHIEN_TEST_PG_URL_FILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine(4096)).trimmed();
}

// The store address for `sqlitePath`: the path itself, or a postgresql:// address with a
// schema of its own.
inline QString location(const QString &sqlitePath)
{
    if (!onPostgres())
        return sqlitePath;
    static QHash<QString, QString> schemas;
    QString &schema = schemas[sqlitePath];
    if (schema.isEmpty()) {
        const QByteArray seed = sqlitePath.toUtf8() + QUuid::createUuid().toByteArray();
        schema = QStringLiteral("t_")
                + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1)
                                              .toHex()
                                              .left(20));
    }
    const QString url = postgresUrl();
    return url + (url.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("schema=") + schema;
}

// Opens connection `name` of its own to the store at `location` (a file or a postgresql://
// address, in its schema), beside the Store: for what is really stored, or to break it.
inline bool openRaw(const QString &location, const QString &name)
{
    if (!pg::isAddress(location)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(location);
        return db.open();
    }
    QString error;
    const auto address = pg::parseAddress(location, error);
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(pg::driverName), name);
    if (!address)
        return false;
    pg::configure(db, *address);
    return db.open() && pg::applySessionSettings(db, *address, &error);
}

// The first column of the first row of `sql` on a connection of its own.
inline QVariant rawValue(const QString &location, const QString &sql)
{
    QVariant value;
    const QString name = QStringLiteral("testdb-raw");
    if (openRaw(location, name)) {
        QSqlQuery q(QSqlDatabase::database(name, false));
        if (q.exec(sql) && q.next())
            value = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

// SQL that makes every later insert into `table` fail inside the writer's transaction, and
// SQL that mends it, in the dialect of `location`.
inline QStringList breakInsertsSql(const QString &location, const QString &table)
{
    if (!pg::isAddress(location))
        return {QStringLiteral("CREATE TRIGGER injected_failure AFTER INSERT ON %1"
                               " BEGIN INSERT INTO no_such_table VALUES (1); END").arg(table)};
    return {QStringLiteral("CREATE OR REPLACE FUNCTION injected_failure() RETURNS trigger"
                           " LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'injected'; END $$"),
            QStringLiteral("CREATE TRIGGER injected_failure AFTER INSERT ON %1"
                           " FOR EACH ROW EXECUTE FUNCTION injected_failure()").arg(table)};
}
inline QString mendInsertsSql(const QString &location, const QString &table)
{
    return pg::isAddress(location)
            ? QStringLiteral("DROP TRIGGER injected_failure ON %1").arg(table)
            : QStringLiteral("DROP TRIGGER injected_failure");
}

} // namespace khien::testdb

// In initTestCase() of a test that has a `_pg` twin: without a cluster the twin fails in CI
// (CI=true: PostgreSQL must be tested there) and is skipped, saying why, elsewhere.
#define KHIEN_REQUIRE_TEST_BACKEND()                                                              \
    do {                                                                                          \
        if (khien::testdb::onPostgres() && khien::testdb::postgresUrl().isEmpty()) {              \
            if (qEnvironmentVariable("CI") == QLatin1String("true"))                              \
                QFAIL("KHIEN_TEST_PG_URL is not set: the PostgreSQL cluster did not start");      \
            QSKIP("no PostgreSQL cluster (install postgresql to run the _pg tests)");             \
        }                                                                                         \
    } while (false)

// In a test function that looks at the SQLite file itself (its bytes, pragmas, old versions).
#define KHIEN_SQLITE_ONLY()                                                                       \
    do {                                                                                          \
        if (khien::testdb::onPostgres())                                                          \
            QSKIP("SQLite file behaviour: not a PostgreSQL matter");                              \
    } while (false)
