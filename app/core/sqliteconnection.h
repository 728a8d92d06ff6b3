// A short-lived SQLite connection of its own, for work beside the Store's connection: an
// integrity check on a worker thread, a backup, a restore. Unique name, usable on the thread
// that made it, removed when it goes out of scope.
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace khien::sqlite {

class OwnConnection
{
public:
    enum class Mode { ReadOnly, ReadWrite };
    OwnConnection(const QString &path, Mode mode);
    ~OwnConnection();
    OwnConnection(const OwnConnection &) = delete;
    OwnConnection &operator=(const OwnConnection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString error() const { return m_error; }
    // SQLite's primary result code of the last failure (11: SQLITE_CORRUPT, 26: SQLITE_NOTADB).
    [[nodiscard]] int errorCode() const { return m_errorCode; }
    [[nodiscard]] QSqlDatabase database() const;

    // Runs a statement (optionally with bound values) and returns the first column of every
    // row, or nullopt (error() says why).
    [[nodiscard]] std::optional<QStringList> column(const QString &sql,
                                                    const QVariantList &values = {});
    void close();

private:
    void fail(const QSqlError &error);

    QString m_name;
    QString m_error;
    int m_errorCode = 0;
    bool m_open = false;
};

} // namespace khien::sqlite
