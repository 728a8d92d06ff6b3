// The app starts, and draws its first frame, on a database whose names are markup and hidden
// characters (written by an older version, or edited by hand), with a canary server on
// 127.0.0.1 that every image URL in those names points to: no crash, no request.
#include "store.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace khien;

class TestHostileStart : public QObject
{
    Q_OBJECT

private slots:
    void startsOnMarkupNames()
    {
        QTcpServer canary;
        QVERIFY(canary.listen(QHostAddress::LocalHost));
        int hits = 0;
        connect(&canary, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = canary.nextPendingConnection()) {
                ++hits;
                s->deleteLater();
            }
        });
        const QString image = QStringLiteral("http://127.0.0.1:%1/x.png").arg(canary.serverPort());
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("khien.sqlite"));
        {
            Store store;
            QCOMPARE(store.open(db), Store::OpenError::None);
            QVERIFY(store.createTrainee(QStringLiteral("<img src=\"%1\">").arg(image), QStringLiteral("<img src=x.png>")));
            QVERIFY(store.createClass(QStringLiteral("< img src=%1>").arg(image)));
        }
        {
            // As an older version stored names: verbatim, hidden characters and all.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("UPDATE trainees SET group_code = 'x\u202E<img src=x.png>&lt;b&gt;'")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));

        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("KHIEN_QUIT_AFTER_FIRST_FRAME"), QStringLiteral("1"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(KHIEN_BINARY), {QStringLiteral("--db"), db});
        QVERIFY(app.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(app.state() == QProcess::NotRunning, 60000);
        QCOMPARE(app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(app.exitCode(), 0);
        QTest::qWait(200);
        QCOMPARE(hits, 0);
    }
};

QTEST_GUILESS_MAIN(TestHostileStart)
#include "tst_hostilestart.moc"
