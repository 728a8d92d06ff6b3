// Benchmark (not a test): 100 participants on loopback answer 20 questions each in a
// self-paced live session. The host runs in its own thread with its own database connection,
// as in the app; prints the time from sending an answer to its ack (p50, p99, max: the answer
// is committed to SQLite before the ack), the host thread's CPU time, and how many answers
// were lost (acked but not stored, or never acked). Each participant answers every ~0.6 s,
// within the 20 messages / 10 s limit. Needs KHIEN_TEST_DATA_DIR (the test packs).
#include "benchdir.h"
#include "contentloader.h"
#include "livesession.h"
#include "store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QThread>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <ctime>
#include <memory>
#include <vector>

using namespace khien;

namespace {

constexpr int participants = 100;
constexpr int questions = 20;

// A copy of the "good" test pack whose quiz has `questions` single-choice questions.
QString makePack(const QString &dir)
{
    const QString from = qEnvironmentVariable("KHIEN_TEST_DATA_DIR") + QStringLiteral("/packs/good");
    const QString to = dir + QStringLiteral("/pack");
    for (const QString &sub : {QStringLiteral(""), QStringLiteral("/modules"), QStringLiteral("/lessons")}) {
        QDir().mkpath(to + sub);
        for (const QString &f : QDir(from + sub).entryList(QDir::Files))
            QFile::copy(from + sub + QLatin1Char('/') + f, to + sub + QLatin1Char('/') + f);
    }
    QFile module(to + QStringLiteral("/modules/alpha.xml"));
    if (!module.open(QIODevice::ReadOnly))
        return {};
    QString xml = QString::fromUtf8(module.readAll());
    module.close();
    const qsizetype start = xml.indexOf(QStringLiteral("<question id=\"q-single\""));
    const qsizetype end = xml.indexOf(QStringLiteral("</question>"), start) + 11;
    const qsizetype quizEnd = xml.indexOf(QStringLiteral("</quiz>"));
    const QString single = xml.mid(start, end - start);
    QString many;
    for (int i = 0; i < questions; ++i)
        many += QString(single).replace(QStringLiteral("id=\"q-single\""), QStringLiteral("id=\"q%1\"").arg(i)) + QLatin1Char('\n');
    xml = xml.left(start) + many + xml.mid(quizEnd);
    if (!module.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    module.write(xml.toUtf8());
    return to;
}

// The host: a store and a live session in their own thread.
class Host : public QObject
{
    Q_OBJECT
public:
    Host(QString db, QString pack) : m_db(std::move(db)), m_pack(std::move(pack)) {}
    void start()
    {
        const PackLoadResult r = loadPack(m_pack);
        if (!r.course || m_store->open(m_db) != Store::OpenError::None)
            return emit ready(0, {});
        m_course = *r.course;
        const auto cls = m_store->createClass(QStringLiteral("Bench"));
        m_session = std::make_unique<LiveSession>(*m_store, m_course);
        LiveConfig c;
        c.classId = cls ? cls->id : QString();
        c.moduleId = QStringLiteral("alpha");
        c.pacing = LivePacing::SelfPaced;
        c.maxParticipants = participants;
        c.joinsPerMinutePerAddress = participants * 2;
        c.webRoot = m_pack; // no page needed
        if (m_session->start(c) != LiveSession::StartError::None)
            return emit ready(0, {});
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        m_cpuStart = double(t.tv_sec) + double(t.tv_nsec) / 1e9;
        emit ready(m_session->port(), m_session->code());
    }
    void finish()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        const double cpu = double(t.tv_sec) + double(t.tv_nsec) / 1e9 - m_cpuStart;
        int stored = 0;
        for (const Trainee &tr : m_store->trainees())
            for (const AttemptRecord &a : m_store->attempts(tr.id))
                stored += int(m_store->answers(a.id).size());
        m_session->stop();
        m_session.reset();
        m_store.reset(); // its connection belongs to this thread
        emit finished(cpu, stored);
    }
signals:
    void ready(int port, const QString &code);
    void finished(double cpuSeconds, int storedAnswers);

private:
    QString m_db, m_pack;
    std::unique_ptr<Store> m_store = std::make_unique<Store>();
    Course m_course;
    std::unique_ptr<LiveSession> m_session;
    double m_cpuStart = 0;
};

struct Participant
{
    std::unique_ptr<QWebSocket> ws;
    QElapsedTimer sent;
    int acked = 0;
    bool ended = false;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto dir = benchmarkDir();
    const QString pack = makePack(dir->path());
    QThread thread;
    Host host(dir->filePath(QStringLiteral("bench.sqlite")), pack);
    host.moveToThread(&thread);
    thread.start();
    int port = 0;
    QString code;
    QObject::connect(&host, &Host::ready, &app, [&](int p, const QString &c) { port = p; code = c; app.exit(); });
    QMetaObject::invokeMethod(&host, &Host::start, Qt::QueuedConnection);
    app.exec();
    if (port == 0) {
        qCritical("bench_live: the host did not start (is KHIEN_TEST_DATA_DIR set?)");
        return 1;
    }

    std::vector<double> latencies;
    latencies.reserve(participants * questions);
    std::vector<Participant> ps(participants);
    int ended = 0, errors = 0;
    QElapsedTimer wall;
    wall.start();
    for (int i = 0; i < participants; ++i) {
        Participant &p = ps[size_t(i)];
        p.ws = std::make_unique<QWebSocket>();
        QWebSocket *ws = p.ws.get();
        QObject::connect(ws, &QWebSocket::connected, ws, [ws, i, &code] {
            ws->sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject{{"t", "join"}, {"code", code},
                {"name", QStringLiteral("P%1").arg(i)}, {"lang", "en"}}).toJson(QJsonDocument::Compact)));
        });
        QObject::connect(ws, &QWebSocket::textMessageReceived, ws, [&, ws, i](const QString &text) {
            Participant &me = ps[size_t(i)];
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString t = m.value("t").toString();
            if (t == QLatin1String("question")) {
                const QJsonObject answer{{"t", "answer"}, {"q", m.value("q").toObject().value("id")}, {"n", m.value("n")},
                                         {"a", QJsonObject{{"ids", QJsonArray{"o0"}}}}};
                const int delay = 550 + int(QRandomGenerator::global()->bounded(150));
                QTimer::singleShot(delay, ws, [&me, ws, answer] {
                    me.sent.start();
                    ws->sendTextMessage(QString::fromUtf8(QJsonDocument(answer).toJson(QJsonDocument::Compact)));
                });
            } else if (t == QLatin1String("ack")) {
                latencies.push_back(double(me.sent.nsecsElapsed()) / 1e6);
                ++me.acked;
            } else if (t == QLatin1String("end")) {
                me.ended = true;
                if (++ended == participants)
                    app.exit();
            } else if (t == QLatin1String("error")) {
                ++errors;
                qWarning("bench_live: error %s", qPrintable(m.value("why").toString()));
            }
        });
        ws->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(port)));
    }
    QTimer::singleShot(60000, &app, [&app] { app.exit(); }); // never longer than a minute
    app.exec();
    const double seconds = double(wall.elapsed()) / 1000;

    double cpu = 0;
    int stored = 0;
    QObject::connect(&host, &Host::finished, &app, [&](double c, int s) { cpu = c; stored = s; app.exit(); });
    QMetaObject::invokeMethod(&host, &Host::finish, Qt::QueuedConnection);
    app.exec();
    thread.quit();
    thread.wait();

    std::sort(latencies.begin(), latencies.end());
    auto at = [&](double q) { return latencies.empty() ? 0.0 : latencies[size_t(q * double(latencies.size() - 1))]; };
    int acked = 0;
    for (const Participant &p : ps)
        acked += p.acked;
    const int expected = participants * questions;
    std::printf("bench_live: %d participants x %d questions in %.1f s: %d acked, %d stored, %d lost, %d errors\n",
                participants, questions, seconds, acked, stored, expected - std::min(acked, stored), errors);
    std::printf("bench_live: answer -> ack p50 %.2f ms, p99 %.2f ms, max %.2f ms; host thread CPU %.2f s (%.0f%% of one core)\n",
                at(0.5), at(0.99), latencies.empty() ? 0.0 : latencies.back(), cpu, 100 * cpu / seconds);
    return acked == expected && stored == expected ? 0 : 1;
}

#include "bench_live.moc"
