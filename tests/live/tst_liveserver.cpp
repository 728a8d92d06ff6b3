// The live session on loopback with real QWebSocket participants: joining, answering in both
// pacings, acknowledgement only after the answer is in the database, reveal, reconnecting with
// the token, and resuming after the host is gone.
#include "livetestclient.h"

#include <QJsonArray>

using namespace khien;
using livetest::Client;

class TestLiveServer : public QObject
{
    Q_OBJECT

private:
    static QVector<AnswerRecord> storedAnswers(Store &store, const QString &name)
    {
        for (const Trainee &t : store.trainees())
            if (t.displayName == name) {
                const auto attempts = store.attempts(t.id);
                return attempts.isEmpty() ? QVector<AnswerRecord>() : store.answers(attempts.first().id);
            }
        return {};
    }

private slots:
    void pacedJoinAnswerRevealNext()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
        QCOMPARE(session.code().size(), 6);
        QVERIFY(session.joinUrl().toString().endsWith(QStringLiteral("/#c=") + session.code()));

        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("  Lan  "));
        const QJsonObject joined = a.take(QStringLiteral("joined"));
        QCOMPARE(joined.value("name").toString(), QStringLiteral("Lan"));
        QCOMPARE(joined.value("mode").toString(), QStringLiteral("paced"));
        QCOMPARE(joined.value("token").toString().size(), 43);
        QVERIFY(!a.take(QStringLiteral("wait")).isEmpty());
        QCOMPARE(session.participantCount(), 1);
        // The participant is a trainee of the class now.
        QCOMPARE(f.store.classMembers(f.classId).size(), 1);

        // Before the instructor opens a question, an answer is refused and nothing is stored.
        a.send({{"t", "answer"}, {"q", "q-single"}, {"n", 0}, {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}});
        QCOMPARE(a.take(QStringLiteral("error")).value("why").toString(), QStringLiteral("not-open"));
        QVERIFY(storedAnswers(f.store, QStringLiteral("Lan")).isEmpty());

        QVERIFY(session.next());
        const QJsonObject question = a.take(QStringLiteral("question"));
        QCOMPARE(question.value("n").toInt(), 0);
        QCOMPARE(question.value("total").toInt(), 3);
        const QJsonObject view = question.value("q").toObject();
        QCOMPARE(view.value("id").toString(), QStringLiteral("q-single"));
        QCOMPARE(view.value("type").toString(), QStringLiteral("single"));
        // The view never carries the right answer nor the content's option ids.
        const QByteArray viewJson = QJsonDocument(view).toJson();
        QVERIFY(!viewJson.contains("correct"));
        QCOMPARE(view.value("options").toArray().at(0).toObject().value("id").toString(), QStringLiteral("o0"));

        QSignalSpy distribution(&session, &LiveSession::distributionChanged);
        a.answer(question, {{"ids", QJsonArray{"o0"}}});
        QCOMPARE(a.take(QStringLiteral("ack")).value("n").toInt(), 0);
        // Acknowledged means stored.
        const auto answers = storedAnswers(f.store, QStringLiteral("Lan"));
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().questionId, QStringLiteral("q-single"));
        QVERIFY(answers.first().correct);
        QCOMPARE(session.answeredCount(), 1);
        QCOMPARE(session.distribution().value(QStringLiteral("o0")).toInt(), 1);
        QVERIFY(distribution.count() >= 1);

        // A second answer, a replay and an answer to the next question are refused.
        a.answer(question, {{"ids", QJsonArray{"o1"}}});
        QCOMPARE(a.take(QStringLiteral("error")).value("why").toString(), QStringLiteral("answered"));
        a.send({{"t", "answer"}, {"q", "q-multiple"}, {"n", 1}, {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}});
        QCOMPARE(a.take(QStringLiteral("error")).value("why").toString(), QStringLiteral("not-open"));
        QCOMPARE(storedAnswers(f.store, QStringLiteral("Lan")).size(), 1);

        QVERIFY(session.reveal());
        const QJsonObject reveal = a.take(QStringLiteral("reveal"));
        QCOMPARE(reveal.value("right").toObject().value("ids").toArray(), QJsonArray{"o0"});
        QCOMPARE(session.questionView(QStringLiteral("en")).value("answer").toMap().value("ids").toList().size(), 1);

        // A latecomer joins at the open question; once revealed, it takes no more answers.
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.join(session.code(), QStringLiteral("Minh"));
        QVERIFY(!b.take(QStringLiteral("reveal")).isEmpty());
        b.send({{"t", "answer"}, {"q", "q-single"}, {"n", 0}, {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}});
        QCOMPARE(b.take(QStringLiteral("error")).value("why").toString(), QStringLiteral("not-open"));

        QVERIFY(session.next());
        QCOMPARE(a.take(QStringLiteral("question")).value("n").toInt(), 1);
        QCOMPARE(b.take(QStringLiteral("question")).value("n").toInt(), 1);
        QCOMPARE(session.answeredCount(), 0);
        QVERIFY(session.distribution().isEmpty());

        const int port = session.port();
        session.stop();
        QVERIFY(!a.take(QStringLiteral("end")).isEmpty());
        QVERIFY(a.waitClosed());
        QVERIFY(!LiveSession::saved(f.store));
        // Stopping closes the port.
        QVERIFY(livetest::portClosed(port));
    }

    void selfPacedEveryTypeWithItsViewIds()
    {
        livetest::Fixture f(QStringLiteral("types"));
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("types"), LivePacing::SelfPaced)), LiveSession::StartError::None);
        Client a(session.port());
        QVERIFY(a.waitConnected());
        a.join(session.code(), QStringLiteral("Hoa"), QStringLiteral("vi"));
        QVERIFY(!a.take(QStringLiteral("joined")).isEmpty());
        int answered = 0;
        for (int guard = 0; guard < 20; ++guard) {
            const QJsonObject m = a.next();
            const QString t = m.value("t").toString();
            if (t == QLatin1String("end")) {
                QCOMPARE(m.value("max").toDouble(), 4.0);
                break;
            }
            QCOMPARE(t, QStringLiteral("question"));
            const QJsonObject q = m.value("q").toObject();
            const QString type = q.value("type").toString();
            QVERIFY(!q.value("prompt").toString().isEmpty());
            // Answer with the first of everything: valid for every type, whatever its score.
            QJsonObject ans;
            if (type == QLatin1String("ordering")) {
                QJsonArray order;
                for (const QJsonValue &v : q.value("items").toArray())
                    order.append(v.toObject().value("id"));
                ans = {{"order", order}};
            } else if (type == QLatin1String("matching")) {
                QJsonObject pairs;
                const QJsonArray left = q.value("left").toArray(), right = q.value("right").toArray();
                for (int i = 0; i < left.size(); ++i)
                    pairs.insert(left.at(i).toObject().value("id").toString(), right.at(i).toObject().value("id"));
                ans = {{"pairs", pairs}};
            } else if (type == QLatin1String("redflags")) {
                QVERIFY(!q.value("mock").toString().isEmpty());
                const QJsonArray parts = q.value("parts").toArray();
                QVERIFY(!parts.isEmpty());
                QVERIFY(!parts.at(0).toObject().value("role").toString().isEmpty());
                ans = {{"ids", QJsonArray{parts.at(0).toObject().value("id")}}};
            } else if (type == QLatin1String("scenario")) {
                const QJsonArray choices = q.value("step").toObject().value("choices").toArray();
                QVERIFY(!choices.isEmpty());
                ans = {{"choice", choices.at(0).toObject().value("id")}};
            } else {
                QFAIL(qPrintable(QStringLiteral("unexpected type ") + type));
            }
            a.answer(m, ans);
            QCOMPARE(a.take(QStringLiteral("ack")).value("n").toInt(), m.value("n").toInt());
            if (type != QLatin1String("scenario") || a.inbox.isEmpty()
                || a.inbox.first().value("t").toString() != QLatin1String("question")) {
                const QJsonObject fb = a.take(QStringLiteral("feedback"), 1000);
                if (!fb.isEmpty()) {
                    QVERIFY(fb.contains("right"));
                    ++answered;
                }
            }
        }
        QCOMPARE(answered, 4);
        for (const Trainee &t : f.store.trainees()) {
            const auto attempts = f.store.attempts(t.id);
            QCOMPARE(attempts.size(), 1);
            QVERIFY(attempts.first().finishedAt.isValid());
            QCOMPARE(f.store.answers(attempts.first().id).size(), 4);
        }
    }

    void reconnectWithTokenContinuesAtTheSameQuestion()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        LiveSession session(f.store, f.course);
        QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::SelfPaced)), LiveSession::StartError::None);
        QString token;
        {
            Client a(session.port());
            QVERIFY(a.waitConnected());
            a.join(session.code(), QStringLiteral("Lan"));
            token = a.take(QStringLiteral("joined")).value("token").toString();
            const QJsonObject q0 = a.take(QStringLiteral("question"));
            a.answer(q0, {{"ids", QJsonArray{"o1"}}});
            QVERIFY(!a.take(QStringLiteral("ack")).isEmpty());
            QCOMPARE(a.take(QStringLiteral("question")).value("n").toInt(), 1);
        } // the page reloads: the socket goes away
        Client b(session.port());
        QVERIFY(b.waitConnected());
        b.send({{"t", "resume"}, {"token", token}});
        QCOMPARE(b.take(QStringLiteral("joined")).value("name").toString(), QStringLiteral("Lan"));
        const QJsonObject again = b.take(QStringLiteral("question"));
        QCOMPARE(again.value("n").toInt(), 1);
        // Changing the language re-sends the same question in that language.
        b.send({{"t", "lang"}, {"lang", "vi"}});
        QCOMPARE(b.take(QStringLiteral("question")).value("n").toInt(), 1);
        QCOMPARE(session.participantCount(), 1);
    }

    void hostGoneThenResumedKeepsParticipants()
    {
        livetest::Fixture f;
        QVERIFY(f.ok);
        QString token, code;
        {
            LiveSession session(f.store, f.course);
            QCOMPARE(session.start(f.config(QStringLiteral("alpha"), LivePacing::Paced)), LiveSession::StartError::None);
            code = session.code();
            Client a(session.port());
            QVERIFY(a.waitConnected());
            a.join(code, QStringLiteral("Lan"));
            token = a.take(QStringLiteral("joined")).value("token").toString();
            QVERIFY(session.next());
            a.answer(a.take(QStringLiteral("question")), {{"ids", QJsonArray{"o0"}}});
            QVERIFY(!a.take(QStringLiteral("ack")).isEmpty());
            QVERIFY(session.next());
            QCOMPARE(a.take(QStringLiteral("question")).value("n").toInt(), 1);
        } // destroyed without stop(): as if the app had been killed
        const auto saved = LiveSession::saved(f.store);
        QVERIFY(saved);
        QCOMPARE(saved->code, code);
        QCOMPARE(saved->current, 1);
        QCOMPARE(saved->participants, 1);
        // The token itself is never stored.
        QVERIFY(!f.store.setting(QStringLiteral("live/session")).contains(token));

        LiveSession again(f.store, f.course);
        LiveConfig config = f.config({}, LivePacing::Paced);
        config.resume = true;
        QCOMPARE(again.start(config), LiveSession::StartError::None);
        QCOMPARE(again.code(), code);
        QCOMPARE(again.participantCount(), 1);
        Client b(again.port());
        QVERIFY(b.waitConnected());
        b.send({{"t", "resume"}, {"token", token}});
        QVERIFY(!b.take(QStringLiteral("joined")).isEmpty());
        const QJsonObject q1 = b.take(QStringLiteral("question"));
        QCOMPARE(q1.value("n").toInt(), 1);
        b.answer(q1, {{"ids", QJsonArray{"o0", "o1"}}});
        QVERIFY(!b.take(QStringLiteral("ack")).isEmpty());
        QCOMPARE(storedAnswers(f.store, QStringLiteral("Lan")).size(), 2);
        again.stop();
        QVERIFY(!LiveSession::saved(f.store));
    }
};

QTEST_GUILESS_MAIN(TestLiveServer)
#include "tst_liveserver.moc"
