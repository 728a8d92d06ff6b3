// The LAN announcement: the datagram's schema (anything else, oversized or with an extra field,
// is dropped), the host's address taken from the sender, never the code on the wire, and a
// real session announcing itself on loopback until it stops.
#include "liveannounce.h"
#include "livetestclient.h"

#include <QNetworkDatagram>

using namespace khien;
using namespace khien::live;

class TestLiveAnnounce : public QObject
{
    Q_OBJECT

private slots:
    void readsOnlyTheSchema_data()
    {
        QTest::addColumn<QByteArray>("datagram");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("valid") << QByteArray(R"({"t":"khien-live","v":1,"port":41234,"name":"Lớp 10A"})") << true;
        QTest::newRow("extra field") << QByteArray(R"({"t":"khien-live","v":1,"port":41234,"name":"A","host":"6.6.6.6"})") << false;
        QTest::newRow("missing name") << QByteArray(R"({"t":"khien-live","v":1,"port":41234})") << false;
        QTest::newRow("port as text") << QByteArray(R"({"t":"khien-live","v":1,"port":"41234","name":"A"})") << false;
        QTest::newRow("port fraction") << QByteArray(R"({"t":"khien-live","v":1,"port":41.5,"name":"A"})") << false;
        QTest::newRow("port zero") << QByteArray(R"({"t":"khien-live","v":1,"port":0,"name":"A"})") << false;
        QTest::newRow("port too big") << QByteArray(R"({"t":"khien-live","v":1,"port":70000,"name":"A"})") << false;
        QTest::newRow("version 2") << QByteArray(R"({"t":"khien-live","v":2,"port":41234,"name":"A"})") << false;
        QTest::newRow("wrong t") << QByteArray(R"({"t":"other","v":1,"port":41234,"name":"A"})") << false;
        QTest::newRow("name number") << QByteArray(R"({"t":"khien-live","v":1,"port":41234,"name":5})") << false;
        QTest::newRow("name blank") << QByteArray(R"({"t":"khien-live","v":1,"port":41234,"name":"  "})") << false;
        QTest::newRow("name control") << QByteArray("{\"t\":\"khien-live\",\"v\":1,\"port\":1,\"name\":\"A\\u0007B\"}") << false;
        QTest::newRow("array") << QByteArray(R"([1,2])") << false;
        QTest::newRow("not json") << QByteArray("khien-live 41234") << false;
        const QByteArray longName(101, 'x');
        QTest::newRow("name too long") << (QByteArray("{\"t\":\"khien-live\",\"v\":1,\"port\":1,\"name\":\"") + longName + "\"}") << false;
        QByteArray padded = R"({"t":"khien-live","v":1,"port":41234,"name":"A"})";
        padded.insert(1, QByteArray(500, ' ')); // valid JSON, 549 bytes
        QTest::newRow("oversized") << padded << false;
    }
    void readsOnlyTheSchema()
    {
        QFETCH(QByteArray, datagram);
        QFETCH(bool, accepted);
        const auto a = readAnnouncement(datagram, QHostAddress(QStringLiteral("192.168.1.10")));
        QCOMPARE(a.has_value(), accepted);
        if (accepted) {
            QCOMPARE(a->name, QStringLiteral("Lớp 10A"));
            QCOMPARE(a->port, quint16(41234));
            QCOMPARE(a->address, QHostAddress(QStringLiteral("192.168.1.10")));
        }
    }

    void addressComesFromTheSender()
    {
        const QByteArray d = announcementDatagram(5000, QStringLiteral("A"));
        const auto a = readAnnouncement(d, QHostAddress(QStringLiteral("::ffff:10.0.0.7")));
        QVERIFY(a);
        QCOMPARE(a->address, QHostAddress(QStringLiteral("10.0.0.7")));
        QVERIFY(!readAnnouncement(d, QHostAddress()));
        QVERIFY(d.size() <= maxAnnounceBytes);
    }

    void sessionAnnouncesItselfUntilStopped()
    {
        LiveAnnounceListener listener;
        QVERIFY(listener.listen(0));
        QVERIFY(listener.port() != 0);
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        LiveConfig config = f.config(QStringLiteral("alpha"), LivePacing::Paced);
        config.announcePort = listener.port();
        QCOMPARE(session.start(config), LiveSession::StartError::None);
        QTRY_COMPARE_WITH_TIMEOUT(listener.sessions().size(), 1, 4000);
        const Announcement a = listener.sessions().first();
        QCOMPARE(a.name, QStringLiteral("Room 1"));
        QCOMPARE(a.port, quint16(session.port()));
        QCOMPARE(a.address, QHostAddress(QHostAddress::LocalHost));
        // Every two seconds, deduplicated.
        QTest::qWait(2300);
        QCOMPARE(listener.sessions().size(), 1);

        // The code never goes on the wire; a raw datagram shows exactly what is sent.
        QUdpSocket raw;
        QVERIFY(raw.bind(QHostAddress::LocalHost, 0));
        LiveAnnouncer probe;
        probe.start(QHostAddress::LocalHost, quint16(session.port()), QStringLiteral("Room 1"), raw.localPort());
        QTRY_VERIFY_WITH_TIMEOUT(raw.hasPendingDatagrams(), 3000);
        const QByteArray sent = raw.receiveDatagram().data();
        QVERIFY(!sent.contains(session.code().toUtf8()));
        QCOMPARE(sent, announcementDatagram(quint16(session.port()), QStringLiteral("Room 1")));
        probe.stop();

        const quint16 port = listener.port();
        session.stop();
        listener.close();
        QVERIFY(listener.listen(port));
        QTest::qWait(2500);
        QVERIFY(listener.sessions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLiveAnnounce)
#include "tst_liveannounce.moc"
