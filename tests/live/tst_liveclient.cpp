// Khiên on a room PC as a participant (LiveClient) against a real LiveSession on loopback:
// every question type answered through the client and stored in the host's database; wrong
// code and a name already taken; reconnecting with the token after the host drops the
// socket; and a fake server's malformed, oversized and unknown frames ignored without harm.
#include "liveaddress.h"
#include "liveclient.h"
#include "livetestclient.h"

#include <QJsonArray>
#include <QWebSocketServer>

using namespace khien;
using namespace khien::live;

namespace {

LiveAddress loopback(int port)
{
    LiveAddress a;
    a.host = QStringLiteral("127.0.0.1");
    a.port = quint16(port);
    return a;
}

QJsonArray ids(const QList<LiveItem> &items, int count = -1)
{
    QJsonArray out;
    for (int i = 0; i < items.size() && (count < 0 || i < count); ++i)
        out.append(items.at(i).id);
    return out;
}

// A valid answer to `q`: the first of everything.
QJsonObject firstAnswer(const LiveQuestion &q)
{
    if (q.type == QLatin1String("ordering"))
        return {{"order", ids(q.items)}};
    if (q.type == QLatin1String("matching")) {
        QJsonObject pairs;
        for (int i = 0; i < q.items.size(); ++i)
            pairs.insert(q.items.at(i).id, q.rightItems.value(i).id);
        return {{"pairs", pairs}};
    }
    if (q.type == QLatin1String("scenario"))
        return {{"choice", q.choices.value(0).id}};
    if (q.type == QLatin1String("shortanswer") || q.type == QLatin1String("numeric"))
        return {{"text", "1"}};
    return {{"ids", ids(q.items, 1)}};
}

} // namespace

class TestLiveClient : public QObject
{
    Q_OBJECT

private slots:
    void parsesAddressesStrictly_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("code");
        QTest::newRow("address") << "192.168.1.10:41234" << "192.168.1.10" << 41234 << "";
        QTest::newRow("spaces") << "  10.0.0.2:80 " << "10.0.0.2" << 80 << "";
        QTest::newRow("join url") << "http://192.168.1.10:41234/#c=391907" << "192.168.1.10" << 41234 << "391907";
        QTest::newRow("url no slash") << "http://10.0.0.2:5000" << "10.0.0.2" << 5000 << "";
        QTest::newRow("host name") << "lop-10a.local:5000" << "lop-10a.local" << 5000 << "";
        QTest::newRow("no port") << "192.168.1.10" << "" << 0 << "";
        QTest::newRow("https") << "https://192.168.1.10:41234/" << "" << 0 << "";
        QTest::newRow("ws") << "ws://192.168.1.10:41234/ws" << "" << 0 << "";
        QTest::newRow("path") << "http://192.168.1.10:41234/x" << "" << 0 << "";
        QTest::newRow("query") << "http://192.168.1.10:41234/?a=1" << "" << 0 << "";
        QTest::newRow("user") << "http://evil@192.168.1.10:41234/" << "" << 0 << "";
        QTest::newRow("dot dot") << "http://192.168.1.10:41234/../" << "" << 0 << "";
        QTest::newRow("octet 256") << "192.168.1.256:80" << "" << 0 << "";
        QTest::newRow("leading zero") << "192.168.01.1:80" << "" << 0 << "";
        QTest::newRow("three parts") << "192.168.1:80" << "" << 0 << "";
        QTest::newRow("port 0") << "10.0.0.2:0" << "" << 0 << "";
        QTest::newRow("port 65536") << "10.0.0.2:65536" << "" << 0 << "";
        QTest::newRow("port sign") << "10.0.0.2:+80" << "" << 0 << "";
        QTest::newRow("ipv6") << "[::1]:80" << "" << 0 << "";
        QTest::newRow("bad code") << "http://10.0.0.2:80/#c=12ab56" << "" << 0 << "";
        QTest::newRow("other fragment") << "http://10.0.0.2:80/#x=123456" << "" << 0 << "";
        QTest::newRow("too long") << QString(301, QLatin1Char('a')) + ":80" << "" << 0 << "";
        QTest::newRow("underscore") << "a_b:80" << "" << 0 << "";
    }
    void parsesAddressesStrictly()
    {
        QFETCH(QString, typed);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, code);
        const auto a = parseLiveAddress(typed);
        QCOMPARE(a.has_value(), !host.isEmpty());
        if (a) {
            QCOMPARE(a->host, host);
            QCOMPARE(int(a->port), port);
            QCOMPARE(a->code, code);
            QCOMPARE(a->socketUrl().toString(), QStringLiteral("ws://%1:%2/ws").arg(host).arg(port));
        }
    }

    void normalizesTheCode()
    {
        QCOMPARE(normalizeLiveCode(QStringLiteral("391 907")), QStringLiteral("391907"));
        QCOMPARE(normalizeLiveCode(QStringLiteral("012345")), QStringLiteral("012345"));
        QVERIFY(normalizeLiveCode(QStringLiteral("39190")).isEmpty());
        QVERIFY(normalizeLiveCode(QStringLiteral("3919077")).isEmpty());
        QVERIFY(normalizeLiveCode(QStringLiteral("39a907")).isEmpty());
        QVERIFY(normalizeLiveCode(QStringLiteral("３９１９０７")).isEmpty()); // full-width digits
    }

    void everyTypeAnsweredAndStored()
    {
        livetest::Fixture f(QStringLiteral("live"));
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("live-all"), LivePacing::SelfPaced)), LiveSession::StartError::None);
        LiveClient client;
        QStringList types;
        int feedbacks = 0;
        double score = -1, max = -1;
        connect(&client, &LiveClient::question, this, [&](const LiveQuestion &q) {
            if (q.type != QLatin1String("scenario") || q.stepNo == 0)
                types.append(q.type);
            QVERIFY(client.sendAnswer(q.id, q.n, firstAnswer(q)));
        });
        connect(&client, &LiveClient::feedback, this, [&](const LiveServerMessage &, bool reveal) {
            QVERIFY(!reveal);
            ++feedbacks;
        });
        connect(&client, &LiveClient::ended, this, [&](double s, double m) { score = s; max = m; });
        client.join(loopback(session.port()), session.code(), QStringLiteral("Hoa"), QStringLiteral("vi"));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), LiveClient::State::Ended, 15000);
        QCOMPARE(types.size(), 10);
        QCOMPARE(QSet<QString>(types.begin(), types.end()).size(), 10);
        QCOMPARE(feedbacks, 10);
        QCOMPARE(max, 10.0);
        QVERIFY(score >= 0 && score <= max);
        QVERIFY(!client.hasToken());
        // Every answer is in the instructor's database.
        bool found = false;
        for (const Trainee &t : f.store.trainees()) {
            if (t.displayName != QLatin1String("Hoa"))
                continue;
            found = true;
            const auto attempts = f.store.attempts(t.id);
            QCOMPARE(attempts.size(), 1);
            QCOMPARE(f.store.answers(attempts.first().id).size(), 10);
        }
        QVERIFY(found);
    }

    void wrongCodeAndNameTaken()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        const QString wrong = session.code() == QLatin1String("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
        LiveClient a;
        a.join(loopback(session.port()), wrong, QStringLiteral("Lan"), QStringLiteral("en"));
        QTRY_COMPARE(a.state(), LiveClient::State::Failed);
        QCOMPARE(a.error(), LiveError::WrongCode);

        LiveClient b, c;
        b.join(loopback(session.port()), session.code(), QStringLiteral("Lan"), QStringLiteral("en"));
        QTRY_COMPARE(b.state(), LiveClient::State::Joined);
        QVERIFY(b.paced());
        c.join(loopback(session.port()), session.code(), QStringLiteral("LAN"), QStringLiteral("en"));
        QTRY_COMPARE(c.state(), LiveClient::State::Failed);
        QCOMPARE(c.error(), LiveError::NameTaken);

        // Nothing listening: unreachable, not a hang.
        const int port = session.port();
        session.stop();
        LiveClient d;
        d.join(loopback(port), session.code(), QStringLiteral("Mai"), QStringLiteral("en"));
        QTRY_COMPARE(d.state(), LiveClient::State::Failed);
        QCOMPARE(d.error(), LiveError::Unreachable);
    }

    void reconnectsWithTheTokenAfterTheHostDropsTheSocket()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        LiveConfig config = f.config(QStringLiteral("alpha"), LivePacing::Paced);
        config.idleTimeoutMs = 400; // the host closes a quiet socket
        QCOMPARE(session.start(config), LiveSession::StartError::None);
        LiveClient client;
        client.setRetryDelays({50});
        QSignalSpy joined(&client, &LiveClient::joined);
        QSignalSpy questions(&client, &LiveClient::question);
        QList<LiveClient::State> states;
        connect(&client, &LiveClient::stateChanged, this, [&] { states.append(client.state()); });
        client.join(loopback(session.port()), session.code(), QStringLiteral("Lan"), QStringLiteral("en"));
        QTRY_COMPARE(joined.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(states.contains(LiveClient::State::Reconnecting), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(joined.count(), 2, 5000);
        QCOMPARE(client.state(), LiveClient::State::Joined);
        QCOMPARE(session.participantCount(), 1); // the same participant, resumed
        QVERIFY(session.next());
        QTRY_VERIFY(questions.count() >= 1);
        const auto q = questions.last().at(0).value<LiveQuestion>();
        QCOMPARE(q.n, 0);
        QVERIFY(client.sendAnswer(q.id, q.n, firstAnswer(q)));
        QSignalSpy acks(&client, &LiveClient::acknowledged);
        QTRY_COMPARE(acks.count(), 1);
    }

    void hostileFramesAreIgnored()
    {
        QWebSocketServer server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QWebSocket *peer = nullptr;
        QStringList received;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            peer = server.nextPendingConnection();
            connect(peer, &QWebSocket::textMessageReceived, this, [&](const QString &m) { received.append(m); });
        });
        LiveClient client;
        QSignalSpy questions(&client, &LiveClient::question);
        QSignalSpy refused(&client, &LiveClient::refused);
        client.join(loopback(server.serverPort()), QStringLiteral("123456"), QStringLiteral("Lan"), QStringLiteral("en"));
        QTRY_VERIFY(peer && !received.isEmpty());
        const QJsonObject join = QJsonDocument::fromJson(received.first().toUtf8()).object();
        QCOMPARE(join.value("t").toString(), QStringLiteral("join"));
        QCOMPARE(join.value("code").toString(), QStringLiteral("123456"));

        const QString question = R"({"t":"question","n":0,"total":2,"q":{"id":"q1","type":"single","prompt":"P","options":[{"id":"o0","text":"A"},{"id":"o1","text":"B"}]}})";
        // Before `joined`, a question is not taken.
        peer->sendTextMessage(question);
        peer->sendTextMessage(R"({"t":"joined","token":"tok","name":"Lan","lang":"en","mode":"self"})");
        const QStringList hostile{
            QStringLiteral("not json"), QStringLiteral("[1,2]"), QStringLiteral("{}"),
            QStringLiteral(R"({"t":"nonsense"})"),
            QStringLiteral(R"({"t":"question","n":"0","total":2,"q":{}})"),
            QStringLiteral(R"({"t":"question","n":3,"total":2,"q":{"id":"q","type":"single","prompt":"P","options":[]}})"),
            QStringLiteral(R"({"t":"question","n":0,"total":2,"q":{"id":"q","type":"bogus","prompt":"P"}})"),
            QStringLiteral(R"({"t":"question","n":0,"total":2,"q":{"id":"q","type":"single","prompt":"P","options":[{"id":"o0","text":"A"},{"id":"o0","text":"B"}]}})"),
            QStringLiteral(R"({"t":"question","n":0,"total":2,"q":{"id":"q","type":"single","prompt":"P","options":[{"id":"o0","text":7}]}})"),
            QStringLiteral(R"({"t":"question","n":0,"total":2,"q":{"id":"q","type":"truefalse","prompt":"P","options":[{"id":"maybe"}]}})"),
            QStringLiteral(R"({"t":"feedback","n":0,"correct":"yes","explanation":"","right":{}})"),
            QStringLiteral(R"({"t":"reveal","n":0,"explanation":"","right":{"ids":"o0"}})"),
            QStringLiteral(R"({"t":"end","score":5,"max":2})"),
            QStringLiteral(R"({"t":"ack"})"),
            // Valid JSON over the protocol's 4096 bytes.
            QStringLiteral(R"({"t":"question","n":0,"total":2,"q":{"id":"q1","type":"single","prompt":"%1","options":[]}})")
                .arg(QString(5000, QLatin1Char('x'))),
        };
        for (const QString &frame : hostile)
            peer->sendTextMessage(frame);
        peer->sendBinaryMessage(QByteArray("{\"t\":\"wait\"}"));
        peer->sendTextMessage(question);
        peer->sendTextMessage(R"({"t":"error","why":"storage"})");
        QTRY_COMPARE(refused.count(), 1);
        QCOMPARE(refused.first().at(0).value<LiveError>(), LiveError::Storage);
        QCOMPARE(questions.count(), 1);
        const auto q = questions.first().at(0).value<LiveQuestion>();
        QCOMPARE(q.id, QStringLiteral("q1"));
        QCOMPARE(q.items.size(), 2);
        QCOMPARE(q.items.at(1).text, QStringLiteral("B"));
        QCOMPARE(client.state(), LiveClient::State::Joined);
        QVERIFY(!client.paced());

        // A frame of 64 KiB and more: the socket refuses it; the client reconnects and resumes.
        client.setRetryDelays({50});
        received.clear();
        QWebSocket *first = peer;
        peer->sendTextMessage(QString(70 * 1024, QLatin1Char(' ')));
        QTRY_VERIFY(peer != first && !received.isEmpty());
        const QJsonObject resume = QJsonDocument::fromJson(received.first().toUtf8()).object();
        QCOMPARE(resume.value("t").toString(), QStringLiteral("resume"));
        QCOMPARE(resume.value("token").toString(), QStringLiteral("tok"));
    }
};

QTEST_GUILESS_MAIN(TestLiveClient)
#include "tst_liveclient.moc"
