// Everything in Khiên's storage that only SQLite understands, in one place: connection
// pragmas, the schema version pragma, the file-format probe and the DDL of each migration.
// A PostgreSQL backend replaces this file's counterparts and nothing else.
#pragma once

#include "coreerror.h"

#include <QSqlDatabase>
#include <QStringList>

class QSqlError;

namespace khien::sqlite {

inline constexpr const char *driverName = "QSQLITE";

// True when `path` is missing, empty, or starts with the SQLite 3 file header.
[[nodiscard]] bool looksLikeSqliteFile(const QString &path);
// WAL journal, synchronous=FULL (durable commits), foreign keys on, busy timeout.
[[nodiscard]] bool applyConnectionPragmas(QSqlDatabase &db, QString *error);
[[nodiscard]] int userVersion(QSqlDatabase &db);
// Sets user_version; must run inside the migration's transaction.
[[nodiscard]] bool setUserVersion(QSqlDatabase &db, int version, QString *error);
// Starts a transaction that holds the write lock from its first statement (BEGIN IMMEDIATE),
// so a read-modify-write waits for another writer (busy timeout) instead of failing when it
// reaches its write. End it with QSqlDatabase::commit() or rollback().
[[nodiscard]] bool beginWriteTransaction(QSqlDatabase &db, CoreError *error);
// What a driver error means (full disk, read-only, busy, damaged, constraint), its text as detail.
[[nodiscard]] CoreError errorOf(const QSqlError &error);
// The statements that take the schema from version `to - 1` to `to`.
[[nodiscard]] QStringList migrationStatements(int to);

} // namespace khien::sqlite
