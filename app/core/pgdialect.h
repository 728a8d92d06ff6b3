// Everything in Khiên's storage that only PostgreSQL understands, in one place: the
// postgresql:// address, the connection's options, the schema version table, the write lock,
// error mapping and the DDL of each of its own migrations (kept apart from SQLite's: the
// same logical schema, versioned on its own). The counterpart of sqlitedialect.h.
#pragma once

#include "coreerror.h"

#include <QSqlDatabase>
#include <QStringList>

#include <optional>

class QSqlError;

namespace khien::pg {

inline constexpr const char *driverName = "QPSQL";
// The newest schema this build knows (khien_schema.version).
inline constexpr int schemaVersion = 2;

// Where an organisation's database is: postgresql://user@host:port/dbname?sslmode=...&host=/dir
// &schema=name. Never a password: that comes from PGPASSWORD / PGPASSFILE (libpq reads them)
// or is asked for by the command line.
struct Address
{
    QString host;       // a name, an address or a unix socket folder (starts with '/')
    int port = -1;      // -1: libpq's default
    QString database;
    QString user;
    QString sslmode;    // disable, allow, prefer, require, verify-ca, verify-full; empty: libpq's
    QString schema;     // empty: the role's search_path
    // "host/db" for messages: never the user's password, which this type never holds.
    [[nodiscard]] QString where() const;
};

[[nodiscard]] bool isAddress(const QString &text); // starts with postgresql:// or postgres://
// The address in `url`, or nullopt with `error` saying what is wrong (a password in the URL
// is refused: it would show in process lists and shell history).
[[nodiscard]] std::optional<Address> parseAddress(const QString &url, QString &error);
// Host, port, database, user and options (sslmode, a connect timeout) onto `db`.
void configure(QSqlDatabase &db, const Address &address);
// After open(): search_path to the address's schema, if any, plus session settings.
[[nodiscard]] bool applySessionSettings(QSqlDatabase &db, const Address &address, QString *error);

// The version in khien_schema, 0 when the table is missing, -1 when it cannot be read.
[[nodiscard]] int schemaVersionOf(QSqlDatabase &db);
// Brings the schema to `schemaVersion` in one transaction holding the migration lock, so
// clients opening at once migrate once. Returns the version found before (> schemaVersion:
// too new, nothing changed), or -1 with `error` set (rolled back).
[[nodiscard]] int migrate(QSqlDatabase &db, const Address &address, QString *error);

// BEGIN and the store's write lock (an advisory lock per schema, held to the end of the
// transaction): writers queue one after the other as SQLite's BEGIN IMMEDIATE makes them.
[[nodiscard]] bool beginWriteTransaction(QSqlDatabase &db, CoreError *error);
// SQLSTATE to the store's error codes (23505 unique_violation: AlreadyRecorded; 53100 disk
// full; 25006 read-only; 40001 serialization failure, 40P01 deadlock, 55P03 lock timeout:
// StorageBusy, on which the store runs the whole transaction again, a bounded number of times).
[[nodiscard]] CoreError errorOf(const QSqlError &error);
// The statements that take the schema from version `to - 1` to `to`.
[[nodiscard]] QStringList migrationStatements(int to);

} // namespace khien::pg
