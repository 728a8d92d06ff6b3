// A connection of its own (see sqliteconnection.h).
#include "sqliteconnection.h"

#include "sqlitedialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <atomic>

namespace khien::sqlite {

OwnConnection::OwnConnection(const QString &path, Mode mode)
{
    static std::atomic<int> counter{0};
    m_name = QStringLiteral("khien-own-%1").arg(++counter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QLatin1String(driverName), m_name);
    db.setDatabaseName(path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    m_open = db.open();
    if (!m_open) {
        fail(db.lastError());
        return;
    }
    // Wait for another process's lock rather than fail at once.
    if (!column(QStringLiteral("PRAGMA busy_timeout = 5000")))
        m_open = false;
}

OwnConnection::~OwnConnection()
{
    close();
}

QSqlDatabase OwnConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

std::optional<QStringList> OwnConnection::column(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(database());
    if (!q.prepare(sql)) {
        fail(q.lastError());
        return std::nullopt;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        fail(q.lastError());
        return std::nullopt;
    }
    QStringList result;
    while (q.next())
        result.append(q.value(0).toString());
    if (q.lastError().isValid()) { // a read that failed half way (a damaged page)
        fail(q.lastError());
        return std::nullopt;
    }
    return result;
}

void OwnConnection::fail(const QSqlError &error)
{
    m_error = error.text();
    // Extended codes carry the primary one in their low byte.
    m_errorCode = error.nativeErrorCode().toInt() & 0xff;
}

void OwnConnection::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    QSqlDatabase::database(m_name, false).close();
    QSqlDatabase::removeDatabase(m_name);
    m_open = false;
}

} // namespace khien::sqlite
