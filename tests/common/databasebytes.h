// A database file and its write-ahead log, byte for byte: what a test compares before and
// after an operation that must leave the database unchanged.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

inline QByteArray databaseBytes(const QString &path)
{
    QByteArray all;
    for (const QString &p : {path, path + QStringLiteral("-wal")}) {
        QFile f(p);
        all += f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<none>");
        all += "\n--\n";
    }
    return all;
}
