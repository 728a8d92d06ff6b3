// Store: opening and migrating an organisation's PostgreSQL database.
#include "store.h"

#include "pgdialect.h"
#include "storesql.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace khien {

using namespace storesql;

Store::OpenError Store::openPostgres(const QString &url)
{
    const QString password = std::exchange(m_password, QString());
    QString why;
    const auto address = pg::parseAddress(url, why);
    if (!address) {
        m_lastError = failure(ErrorCode::StorageFailed, why);
        return OpenError::CannotOpen;
    }
    if (!QSqlDatabase::isDriverAvailable(QLatin1String(pg::driverName))) {
        m_lastError = failure(ErrorCode::StorageFailed,
                              QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"));
        return OpenError::CannotOpen;
    }
    OpenError result = OpenError::None;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(pg::driverName), m_connection);
        pg::configure(db, *address);
        // libpq reads PGPASSWORD and PGPASSFILE itself when no password is given here.
        const bool opened = password.isEmpty() ? db.open() : db.open(address->user, password);
        if (!opened) {
            // libpq's text names the host and the reason, never the password.
            m_lastError = failure(ErrorCode::StorageFailed,
                                  QStringLiteral("cannot connect to %1: %2")
                                          .arg(address->where(), db.lastError().text()));
            result = OpenError::CannotOpen;
        } else if (!pg::applySessionSettings(db, *address, &why)) {
            m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("%1: %2").arg(address->where(), why));
            result = OpenError::CannotOpen;
        } else if ((m_fileVersion = pg::schemaVersionOf(db)) < 0) {
            m_fileVersion = 0;
            m_lastError = failure(ErrorCode::StorageFailed,
                                  QStringLiteral("cannot read the schema version of %1").arg(address->where()));
            result = OpenError::CannotOpen;
        } else if (m_fileVersion > pg::schemaVersion) {
            m_lastError = failure(ErrorCode::StorageFailed,
                                  QStringLiteral("database schema %1 of %2 is newer than this app's %3")
                                          .arg(m_fileVersion)
                                          .arg(address->where())
                                          .arg(pg::schemaVersion));
            result = OpenError::TooNew;
        } else if (m_fileVersion < pg::schemaVersion) {
            // Only then is DDL needed: a role with data rights alone opens a migrated database.
            const int found = pg::migrate(db, *address, &why);
            if (found < 0) {
                m_lastError = failure(ErrorCode::StorageFailed, QStringLiteral("%1: %2").arg(address->where(), why));
                result = OpenError::MigrationFailed;
            } else if (found > pg::schemaVersion) { // another client with a newer app was first
                m_fileVersion = found;
                result = OpenError::TooNew;
            } else {
                m_fileVersion = pg::schemaVersion;
            }
        }
    }
    if (result != OpenError::None)
        close();
    return result;
}

} // namespace khien
