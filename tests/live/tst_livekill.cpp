// Nothing acknowledged is lost: five participants answer through a real `khien live-host`,
// the host is killed with SIGKILL in the middle, restarted with --resume, the participants
// come back with their tokens and finish; every acknowledged answer is then in the database,
// exactly once.
#include "livetestclient.h"

#include <QJsonArray>
#include <QProcess>
#include <QSet>

#include <vector>

using namespace khien;
using livetest::Client;

namespace {

struct Participant
{
    std::unique_ptr<Client> client;
    QString name;
    QString token;
    QSet<QString> acked; // question ids acknowledged
    QString pending;     // the question id of the answer sent and not acknowledged yet
    bool ended = false;
};

} // namespace

class TestLiveKill : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // Starts the host; its port and code from the first stdout line.
    bool startHost(QProcess &host, const QStringList &extra, int &port, QString &code)
    {
        QStringList args{QStringLiteral("live-host"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("k.sqlite"))};
        args += extra;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        host.setProcessEnvironment(env);
        host.start(QStringLiteral(KHIEN_BINARY), args);
        if (!host.waitForStarted(10000) || !QTest::qWaitFor([&] { return host.canReadLine(); }, 15000))
            return false;
        const QJsonObject o = QJsonDocument::fromJson(host.readLine()).object();
        port = o.value("port").toInt();
        code = o.value("code").toString();
        return port > 0 && code.size() == 6;
    }

    // Lets every participant answer what it is asked; true once `until` holds.
    static bool play(std::vector<Participant> &ps, const std::function<bool()> &until, int ms)
    {
        return QTest::qWaitFor([&] {
            for (Participant &p : ps) {
                while (!p.client->inbox.isEmpty()) {
                    const QJsonObject m = p.client->inbox.takeFirst();
                    const QString t = m.value("t").toString();
                    if (t == QLatin1String("joined"))
                        p.token = m.value("token").toString();
                    else if (t == QLatin1String("question")) {
                        // A scenario's next step: the ack before was for a decision, the
                        // answer is stored at its ending.
                        p.acked.remove(m.value("q").toObject().value("id").toString());
                        p.pending = m.value("q").toObject().value("id").toString();
                        p.client->answer(m, livetest::firstAnswer(m));
                    } else if (t == QLatin1String("ack") && !p.pending.isEmpty())
                        p.acked.insert(p.pending);
                    else if (t == QLatin1String("end"))
                        p.ended = true;
                }
            }
            return until();
        }, ms);
    }

private slots:
    void killedHostLosesNoAcknowledgedAnswer()
    {
        QVERIFY(m_dir.isValid());
        QProcess host;
        int port = 0;
        QString code;
        QVERIFY(startHost(host, {QStringLiteral("--class"), QStringLiteral("Room 1"), QStringLiteral("--module"),
                                 QStringLiteral("passwords"), QStringLiteral("--mode"), QStringLiteral("self")},
                          port, code));
        std::vector<Participant> ps(5);
        for (size_t i = 0; i < ps.size(); ++i) {
            ps[i].name = QStringLiteral("Trainee %1").arg(i + 1);
            ps[i].client = std::make_unique<Client>(port);
            QVERIFY(ps[i].client->waitConnected());
            ps[i].client->join(code, ps[i].name);
        }
        auto acks = [&] {
            int n = 0;
            for (const Participant &p : ps)
                n += int(p.acked.size());
            return n;
        };
        QVERIFY(play(ps, [&] { return acks() >= 8; }, 20000));
        host.kill(); // SIGKILL, mid-stream: answers are in flight
        QVERIFY(host.waitForFinished(5000));
        QCOMPARE(host.exitStatus(), QProcess::CrashExit);
        const int ackedBeforeKill = acks();

        QProcess again;
        int port2 = 0;
        QString code2;
        QVERIFY(startHost(again, {QStringLiteral("--resume")}, port2, code2));
        QCOMPARE(code2, code);
        for (Participant &p : ps) {
            QVERIFY(!p.token.isEmpty());
            p.client = std::make_unique<Client>(port2);
            QVERIFY(p.client->waitConnected());
            p.pending.clear();
            p.client->send({{"t", "resume"}, {"token", p.token}});
        }
        QVERIFY(play(ps, [&] { return std::all_of(ps.cbegin(), ps.cend(), [](const Participant &p) { return p.ended; }); },
                     30000));
        QVERIFY(acks() > ackedBeforeKill);
        qInfo("acknowledged before the kill: %d, in all: %d", ackedBeforeKill, acks());
        again.write("stop\n");
        QVERIFY(again.waitForFinished(10000));
        QCOMPARE(again.exitCode(), 0);

        Store store;
        QCOMPARE(store.open(m_dir.filePath(QStringLiteral("k.sqlite"))), Store::OpenError::None);
        for (const Participant &p : ps) {
            QString traineeId;
            for (const Trainee &t : store.trainees())
                if (t.displayName == p.name)
                    traineeId = t.id;
            QVERIFY2(!traineeId.isEmpty(), qPrintable(p.name));
            const auto attempts = store.attempts(traineeId);
            QCOMPARE(attempts.size(), 1); // resumed, not restarted
            QHash<QString, int> stored;
            for (const AnswerRecord &a : store.answers(attempts.first().id))
                stored[a.questionId] += 1;
            for (const QString &q : p.acked)
                QVERIFY2(stored.value(q) == 1, qPrintable(p.name + QStringLiteral(": ") + q));
            QVERIFY(attempts.first().finishedAt.isValid());
        }
    }
};

QTEST_GUILESS_MAIN(TestLiveKill)
#include "tst_livekill.moc"
