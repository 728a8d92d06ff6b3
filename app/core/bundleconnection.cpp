// The bundle code's own connection to the store's file (see bundleconnection.h).
#include "bundleconnection.h"

#include "sqlitedialect.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <atomic>

namespace khien {

BundleConnection::BundleConnection(const QString &path)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("khien-bundle-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(sqlite::driverName), m_name);
    db.setDatabaseName(path);
    m_open = db.open() && sqlite::applyConnectionPragmas(db, &m_error);
    if (!m_open && m_error.isEmpty())
        m_error = db.lastError().text();
}

BundleConnection::~BundleConnection()
{
    QSqlDatabase::database(m_name, false).close();
    // Every QSqlDatabase handle and query on it is gone by now.
    QSqlDatabase::removeDatabase(m_name);
}

} // namespace khien
