// Damage as a bad sector or a stray write does it: bytes of a b-tree page of the trainees'
// index overwritten. For tests of the integrity check and of what refuses a damaged file.
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QtTest>

// The database must be closed (nothing in a -wal) first.
inline void damageIndexPage(const QString &path)
{
    int root = 0, pageSize = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'index'"
                                      " AND tbl_name = 'trainees'")) && q.next());
        root = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral("PRAGMA page_size")) && q.next());
        pageSize = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(qint64(root - 1) * pageSize));
    QCOMPARE(f.write(QByteArray(64, '\xA5')), 64);
}
