// Store: opening and migrating the file; trainees, lesson progress and settings.
#include "store.h"

#include "pgdialect.h"
#include "sqlitedialect.h"
#include "storesql.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

namespace khien {

using namespace storesql;

Store::Store()
{
    // Connections are per name and per thread; a unique name lets several Stores coexist.
    static std::atomic<int> counter{0};
    m_connection = QStringLiteral("khien-store-%1").arg(++counter);
}

Store::~Store()
{
    close();
}

Store::OpenError Store::open(const QString &path)
{
    close();
    m_path = path;
    m_lastError = {};
    m_fileVersion = 0;
    if (pg::isAddress(path))
        return openPostgres(path);
    m_password.clear();

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
        return OpenError::CannotOpen;
    }
    if (info.isFile() && !info.isReadable()) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("no permission to read %1").arg(path));
        return OpenError::CannotOpen;
    }
    // SQLite would open it read-only and fail at the first write, or (WAL) fail to read at all
    // for want of its -wal and -shm files beside it, which looked like a damaged file.
    if (info.isFile() && !info.isWritable()) {
        m_lastError = failure(ErrorCode::StorageReadOnly, QStringLiteral("the file %1 cannot be written").arg(path));
        return OpenError::NotWritable;
    }
    if (!QFileInfo(info.absolutePath()).isWritable()) {
        m_lastError = failure(ErrorCode::StorageReadOnly, QStringLiteral("the folder %1 cannot be written").arg(info.absolutePath()));
        return OpenError::NotWritable;
    }
    // Before the driver sees the file: it would happily start a database inside it.
    if (!sqlite::looksLikeSqliteFile(path)) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("%1 is not an SQLite database").arg(path));
        return OpenError::NotADatabase;
    }

    OpenError result = OpenError::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(sqlite::driverName), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            m_lastError = sqlite::errorOf(db.lastError());
            result = OpenError::CannotOpen;
        } else if ((m_fileVersion = sqlite::userVersion(db)) < 0) {
            m_fileVersion = 0;
            m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("cannot read the schema version of %1").arg(path));
            result = OpenError::CannotOpen;
        } else if (m_fileVersion > schemaVersion) {
            // Checked before the pragmas: switching to WAL already writes to the file.
            m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("database schema %1 is newer than this app's %2")
                                  .arg(m_fileVersion)
                                  .arg(schemaVersion));
            result = OpenError::TooNew;
        } else if (QString why; !sqlite::applyConnectionPragmas(db, &why)) {
            m_lastError = failure(ErrorCode::StorageFailed, why);
            result = OpenError::CannotOpen;
        }
        while (result == OpenError::None && m_fileVersion < schemaVersion) {
            const int to = m_fileVersion + 1;
            bool ok = db.transaction();
            for (const QString &sql : sqlite::migrationStatements(to)) {
                QSqlQuery q(db);
                if (ok && !q.exec(sql)) {
                    m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("migration to %1: %2").arg(to).arg(q.lastError().text()));
                    ok = false;
                }
            }
            QString why;
            if (ok && !sqlite::setUserVersion(db, to, &why)) {
                m_lastError = failure(ErrorCode::StorageFailed, why);
                ok = false;
            }
            if (ok && db.commit()) {
                m_fileVersion = to;
            } else {
                if (!m_lastError.isError())
                    m_lastError = sqlite::errorOf(db.lastError());
                db.rollback();
                result = OpenError::MigrationFailed;
            }
        }
    }
    if (result != OpenError::None)
        close(); // m_fileVersion stays, for the "too new" message
    return result;
}

void Store::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    QSqlDatabase::database(m_connection, false).close();
    // Every QSqlDatabase handle (the temporary above included) is gone by now.
    QSqlDatabase::removeDatabase(m_connection);
}

bool Store::isPostgres() const
{
    return QSqlDatabase::contains(m_connection)
            && QSqlDatabase::database(m_connection, false).driverName() == QLatin1String(pg::driverName);
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connection)
            && QSqlDatabase::database(m_connection, false).isOpen();
}

std::optional<Trainee> Store::createTrainee(const QString &displayName, const QString &groupCode)
{
    Trainee t;
    t.displayName = cleanName(displayName);
    t.groupCode = cleanName(groupCode);
    if (!isValidName(t.displayName, m_lastError))
        return std::nullopt;
    if (textLength(t.groupCode) > maxNameLength) {
        m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("the class code is longer than %1 characters").arg(maxNameLength));
        return std::nullopt;
    }
    t.id = newId();
    const QString created = toIso({});
    t.createdAt = fromIso(created); // exactly what reads back
    if (!writeCommitted(m_connection,
                        QStringLiteral("INSERT INTO trainees (id, display_name, group_code,"
                                       " created_at) VALUES (?, ?, ?, ?)"),
                        {t.id, text(t.displayName), text(t.groupCode), created}, m_lastError))
        return std::nullopt;
    return t;
}

QVector<Trainee> Store::trainees() const
{
    return sortedByName(rows(m_connection,
                             QStringLiteral("SELECT id, display_name, group_code, created_at"
                                            " FROM trainees ORDER BY display_name, id"),
                             {}, m_lastError, &traineeFrom));
}

std::optional<Trainee> Store::trainee(const QString &id) const
{
    const QVector<Trainee> found = rows(m_connection,
                                        QStringLiteral("SELECT id, display_name, group_code,"
                                                       " created_at FROM trainees WHERE id = ?"),
                                        {text(id)}, m_lastError, &traineeFrom);
    return found.isEmpty() ? std::nullopt : std::optional(found.first());
}

bool Store::markLessonRead(const QString &traineeId, const QString &moduleId,
                           const QString &lessonId)
{
    // Reading a lesson again keeps the first time it was read.
    return writeCommitted(m_connection,
                          QStringLiteral("INSERT INTO lesson_progress (trainee_id, module_id,"
                                         " lesson_id, first_read_at) VALUES (?, ?, ?, ?)"
                                         " ON CONFLICT (trainee_id, lesson_id) DO NOTHING"),
                          {text(traineeId), text(moduleId), text(lessonId), toIso({})},
                          m_lastError)
            .has_value();
}

QSet<QString> Store::lessonsRead(const QString &traineeId) const
{
    QSet<QString> result;
    if (auto q = query(m_connection,
                       QStringLiteral("SELECT lesson_id FROM lesson_progress WHERE trainee_id = ?"),
                       {text(traineeId)}, m_lastError))
        while (q->next())
            result.insert(q->value(0).toString());
    return result;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    auto q = query(m_connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                   {text(key)}, m_lastError);
    return q && q->next() ? q->value(0).toString() : fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    return writeCommitted(m_connection,
                          QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {text(key), text(value)}, m_lastError)
            .has_value();
}

std::optional<Store::SettingValues>
Store::updateSettings(const QStringList &keys,
                      const std::function<SettingValues(const SettingValues &)> &change)
{
    SettingValues before;
    const bool committed = inWriteTransaction(m_connection, m_lastError, [&] {
        for (const QString &key : keys) {
            auto q = query(m_connection, QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                           {text(key)}, m_lastError);
            if (!q)
                return false;
            before.insert(key, q->next() ? q->value(0).toString() : QString());
        }
        const SettingValues after = change(before);
        for (auto it = after.cbegin(); it != after.cend(); ++it) {
            if (!query(m_connection,
                       QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"
                                      " ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                       {text(it.key()), text(it.value())}, m_lastError))
                return false;
        }
        return true;
    });
    return committed ? std::optional(before) : std::nullopt;
}

} // namespace khien
