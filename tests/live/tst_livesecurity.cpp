// What a cheating trainee or a hostile device on the room's Wi-Fi may try against the live
// server: guessing the code, forged tokens, malformed, oversized and flooding messages, too
// many participants, idle sockets, and asking the HTTP side for anything but its own files.
#include "livetestclient.h"

#include <QJsonArray>

using namespace khien;
using livetest::Client;

class TestLiveSecurity : public QObject
{
    Q_OBJECT

private:
    static QString why(Client &c) { return c.take(QStringLiteral("error")).value("why").toString(); }

private slots:
    void wrongCodesLockTheAddressOut()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        const QString wrong = session.code() == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        Client a(session.port());
        QVERIFY(a.waitConnected());
        for (int i = 0; i < 5; ++i) {
            a.join(wrong, QStringLiteral("Lan"));
            QCOMPARE(why(a), QStringLiteral("code"));
        }
        // Locked out: even the right code is refused now, and the socket is closed.
        a.join(session.code(), QStringLiteral("Lan"));
        QCOMPARE(why(a), QStringLiteral("rate"));
        QVERIFY(a.waitClosed());
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.join(session.code(), QStringLiteral("Lan"));
        QCOMPARE(why(b), QStringLiteral("rate"));
        QCOMPARE(session.participantCount(), 0);
    }

    void participantCapAndNames()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        LiveConfig config = f.config(QStringLiteral("alpha"), LivePacing::Paced);
        config.maxParticipants = 2;
        QCOMPARE(session.start(config), LiveSession::StartError::None);
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("Bad\u0007name"));
        QCOMPARE(why(a), QStringLiteral("name"));
        a.join(session.code(), QString(61, QLatin1Char('x')));
        QCOMPARE(why(a), QStringLiteral("name"));
        a.join(session.code(), QStringLiteral("   "));
        QCOMPARE(why(a), QStringLiteral("name"));
        a.join(session.code(), QStringLiteral("Lan"));
        QVERIFY(!a.take(QStringLiteral("joined")).isEmpty());
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.join(session.code(), QStringLiteral("LAN")); // the same person's name is taken
        QCOMPARE(why(b), QStringLiteral("name"));
        b.join(session.code(), QStringLiteral("Minh"));
        QVERIFY(!b.take(QStringLiteral("joined")).isEmpty());
        Client c(session.port());
        QVERIFY(c.waitConnected());
        c.join(session.code(), QStringLiteral("Tuan"));
        QCOMPARE(why(c), QStringLiteral("full"));
        QVERIFY(c.waitClosed());
        QCOMPARE(session.participantCount(), 2);
    }

    void malformedMessagesCloseAfterThree()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("Lan"));
        QVERIFY(!a.take(QStringLiteral("joined")).isEmpty());
        a.sendRaw(QStringLiteral("{not json"));
        QCOMPARE(why(a), QStringLiteral("schema"));
        a.send({{"t", "ping"}, {"extra", 1}});
        QCOMPARE(why(a), QStringLiteral("schema"));
        a.send({{"t", "ping"}});
        QVERIFY(!a.take(QStringLiteral("pong")).isEmpty());
        QVERIFY(!a.closed);
        a.send({{"t", "answer"}, {"q", "q-single"}, {"n", "0"}, {"a", QJsonObject{}}}); // n as a string
        QCOMPARE(why(a), QStringLiteral("schema"));
        QVERIFY(a.waitClosed());
    }

    void forgedAnswersAndTokens()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        // No message but join/resume before joining.
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.send({{"t", "answer"}, {"q", "q-single"}, {"n", 0}, {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}});
        QCOMPARE(why(a), QStringLiteral("token"));
        QVERIFY(a.waitClosed());
        // A made-up token.
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.send({{"t", "resume"}, {"token", QString(43, QLatin1Char('A'))}});
        QCOMPARE(why(b), QStringLiteral("token"));
        QVERIFY(b.waitClosed());
        // Answers naming options the view never showed, or the wrong question for the index.
        Client c(session.port());
        QVERIFY(c.waitConnected());
        c.join(session.code(), QStringLiteral("Lan"));
        QVERIFY(!c.take(QStringLiteral("joined")).isEmpty());
        QVERIFY(session.next());
        const QJsonObject q = c.take(QStringLiteral("question"));
        c.send({{"t", "answer"}, {"q", "q-multiple"}, {"n", 0}, {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}});
        QCOMPARE(why(c), QStringLiteral("answered"));
        c.answer(q, {{"ids", QJsonArray{"a"}}}); // the content's own id, not the view's
        QCOMPARE(why(c), QStringLiteral("schema"));
        c.answer(q, {{"ids", QJsonArray{"o0", "o1"}}}); // two for a single choice
        QCOMPARE(why(c), QStringLiteral("schema"));
        QCOMPARE(session.answeredCount(), 0);
    }

    void oversizedFrameAndFlood()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("Lan"));
        QVERIFY(!a.take(QStringLiteral("joined")).isEmpty());
        for (int i = 0; i < 25; ++i)
            a.send({{"t", "ping"}});
        QCOMPARE(why(a), QStringLiteral("rate"));

        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.sendRaw(QString(5000, QLatin1Char('x')));
        QVERIFY(b.waitClosed());
    }

    void idleSocketsAreClosedAndCanResume()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        LiveConfig config = f.config(QStringLiteral("alpha"), LivePacing::Paced);
        config.idleTimeoutMs = 300;
        QCOMPARE(session.start(config), LiveSession::StartError::None);
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("Lan"));
        const QString token = a.take(QStringLiteral("joined")).value("token").toString();
        QVERIFY(!a.closed);
        QVERIFY(a.waitClosed(3000));
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.send({{"t", "resume"}, {"token", token}});
        QVERIFY(!b.take(QStringLiteral("joined")).isEmpty());
    }

    void httpServesOnlyItsOwnFilesWithCsp()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        const int port = session.port();
        const QByteArray index = livetest::rawHttp(port, "GET / HTTP/1.1");
        QVERIFY2(index.startsWith("HTTP/1.1 200"), index.constData());
        QVERIFY(index.contains("Content-Security-Policy: default-src 'none'; script-src 'self'"));
        QVERIFY(index.contains("frame-ancestors 'none'"));
        QVERIFY(index.contains("X-Content-Type-Options: nosniff"));
        QVERIFY(index.contains("Referrer-Policy: no-referrer"));
        QVERIFY(index.contains("Cache-Control: no-store"));
        QVERIFY(index.contains("text/html"));
        QVERIFY(index.endsWith("file index.html"));
        QVERIFY(livetest::rawHttp(port, "GET /app.js HTTP/1.1").contains("text/javascript"));
        QVERIFY(livetest::rawHttp(port, "GET /style.css HTTP/1.1").contains("text/css"));
        for (const QByteArray &line : {QByteArray("GET /index.html HTTP/1.1"), QByteArray("GET /../etc/passwd HTTP/1.1"),
                                       QByteArray("GET /%2e%2e/etc/passwd HTTP/1.1"), QByteArray("GET /ws HTTP/1.1"),
                                       QByteArray("GET /app.js?x=1 HTTP/1.1"), QByteArray("POST / HTTP/1.1"),
                                       QByteArray("GET //etc/passwd HTTP/1.1")}) {
            const QByteArray r = livetest::rawHttp(port, line);
            QVERIFY2(r.startsWith("HTTP/1.1 404"), line.constData());
            QVERIFY2(r.contains("Content-Security-Policy"), line.constData());
            QVERIFY(!r.contains("root:"));
        }
        // A WebSocket anywhere but /ws is closed.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^WebSocket received but")));
        Client other(port, QStringLiteral("/other"));
        QVERIFY(other.waitClosed());
    }
};

QTEST_GUILESS_MAIN(TestLiveSecurity)
#include "tst_livesecurity.moc"
