// LiveSession's insides, shared by livesession.cpp (lifecycle, instructor's commands) and
// livesessionsockets.cpp (what participants send).
#pragma once

#include "liveannounce.h"
#include "livehttp.h"
#include "livemessage.h"
#include "liveparticipant.h"
#include "livequestionview.h"
#include "livesession.h"
#include "livestate.h"
#include "quizsession.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

namespace khien {

class LiveSession::Private
{
public:
    Private(LiveSession *owner, Store &s, const Course &c) : q(owner), store(s), course(c) {}

    // livesession.cpp
    [[nodiscard]] bool restoreMembers();
    [[nodiscard]] bool saveState();
    void resetCounts();
    void countAnswer(const QStringList &keys);
    [[nodiscard]] double score(const live::Participant &p) const;
    void finishAttempt(live::Participant &p);

    // livesessionsockets.cpp
    void acceptSockets();
    void onMessage(QWebSocket *socket, const QString &text);
    void onSchemaError(QWebSocket *socket, live::Connection &c);
    void join(QWebSocket *socket, live::Connection &c, const live::ClientMessage &m);
    void resume(QWebSocket *socket, live::Connection &c, const live::ClientMessage &m);
    void answer(QWebSocket *socket, live::Connection &c, const live::ClientMessage &m);
    void afterAnswer(live::Participant &p, int n);
    void sendView(live::Participant &p);
    void sendQuestion(live::Participant &p);
    void sendReveal(live::Participant &p);
    void send(QWebSocket *socket, const QString &message);
    void refuse(QWebSocket *socket, const QString &why, bool close);
    void dropIdle();
    [[nodiscard]] qint64 now() const { return clock.elapsed(); }
    [[nodiscard]] QString originAllowed() const;

    LiveSession *q;
    Store &store;
    const Course &course;
    const Module *module = nullptr;
    LiveConfig config;
    live::LiveState state;
    std::unique_ptr<live::LiveHttpServer> http;
    live::LiveAnnouncer announcer;
    std::optional<QuizSession> plan; // the shared plan: every participant's attempt has it
    QVector<live::QuestionLayout> layouts; // by question index, pointing into `plan`
    std::vector<std::unique_ptr<live::Participant>> participants;
    QHash<QWebSocket *, live::Connection> connections;
    live::AddressLimits limits;
    QElapsedTimer clock;
    QTimer idleTimer;
    QHash<QString, int> distribution; // paced: the open question's counts
    int answeredCurrent = 0;          // paced: answers to the open question
    int answeredTotal = 0;            // self-paced: answers stored in all
    bool running = false;
    quint16 port = 0;
};

} // namespace khien
