// LiveSession: what participants send over their WebSocket, and what they are sent back.
#include "livesession.h"

#include "constanttime.h"
#include "livesessionprivate.h"
#include "livetoken.h"
#include "store.h"
#include "untrustedtext.h"

#include <QJsonArray>

namespace khien {

using namespace live;

namespace {

constexpr int maxConnectionsBeyondCap = 20; // sockets not (yet) joined, beyond the participants

bool hasControlCharacter(const QString &raw)
{
    for (const QChar c : raw)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

QJsonObject nField(int n)
{
    return {{QStringLiteral("n"), n}};
}

} // namespace

QString LiveSession::Private::originAllowed() const
{
    return QStringLiteral("http://%1:%2").arg(config.address.toString()).arg(port);
}

void LiveSession::Private::acceptSockets()
{
    while (http && http->hasPendingWebSocketConnections()) {
        QWebSocket *socket = http->nextPendingWebSocketConnection().release();
        socket->setParent(q);
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        const QString origin = socket->origin();
        const bool allowed = running && socket->requestUrl().path() == QLatin1String("/ws")
                && (origin.isEmpty() || origin == originAllowed())
                && connections.size() < config.maxParticipants + maxConnectionsBeyondCap;
        if (!allowed) {
            socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
            continue;
        }
        socket->setMaxAllowedIncomingFrameSize(maxMessageBytes);
        socket->setMaxAllowedIncomingMessageSize(maxMessageBytes);
        Connection c;
        c.address = socket->peerAddress();
        c.lastMessageMs = now();
        connections.insert(socket, c);
        QObject::connect(socket, &QWebSocket::textMessageReceived, q,
                         [this, socket](const QString &text) { onMessage(socket, text); });
        QObject::connect(socket, &QWebSocket::binaryMessageReceived, q, [this, socket](const QByteArray &) {
            const auto it = connections.find(socket);
            if (it != connections.end())
                onSchemaError(socket, *it);
        });
        QObject::connect(socket, &QWebSocket::disconnected, q, [this, socket] {
            const auto it = connections.find(socket);
            if (it == connections.end())
                return;
            if (it->participant && it->participant->socket == socket) {
                it->participant->socket.clear();
                emit q->progressChanged();
            }
            connections.erase(it);
        });
    }
}

void LiveSession::Private::send(QWebSocket *socket, const QString &message)
{
    if (socket && socket->isValid())
        socket->sendTextMessage(message);
}

void LiveSession::Private::refuse(QWebSocket *socket, const QString &why, bool close)
{
    send(socket, errorMessage(why));
    if (close) {
        connections.remove(socket);
        socket->close(QWebSocketProtocol::CloseCodePolicyViolated);
    }
}

void LiveSession::Private::onSchemaError(QWebSocket *socket, Connection &c)
{
    ++c.schemaErrors;
    refuse(socket, QStringLiteral("schema"), c.schemaErrors >= Connection::schemaErrorsBeforeClose);
}

void LiveSession::Private::onMessage(QWebSocket *socket, const QString &text)
{
    const auto it = connections.find(socket);
    if (it == connections.end())
        return;
    Connection &c = *it;
    const qint64 t = now();
    if (!running)
        return refuse(socket, QStringLiteral("closed"), true);
    if (!c.messages.allow(t))
        return refuse(socket, QStringLiteral("rate"), false);
    c.lastMessageMs = t;
    const auto m = readClientMessage(text);
    if (!m)
        return onSchemaError(socket, c);
    using Kind = ClientMessage::Kind;
    const bool opening = m->kind == Kind::Join || m->kind == Kind::Resume;
    if (opening && c.participant)
        return onSchemaError(socket, c);
    if (!opening && !c.participant)
        return refuse(socket, QStringLiteral("token"), true);
    switch (m->kind) {
    case Kind::Join:
        return join(socket, c, *m);
    case Kind::Resume:
        return resume(socket, c, *m);
    case Kind::Answer:
        return answer(socket, c, *m);
    case Kind::Lang:
        c.participant->lang = m->lang;
        return sendView(*c.participant);
    case Kind::Ping:
        return send(socket, serverMessage(QStringLiteral("pong")));
    }
}

void LiveSession::Private::join(QWebSocket *socket, Connection &c, const ClientMessage &m)
{
    if (!limits.allowJoin(c.address, now()))
        return refuse(socket, QStringLiteral("rate"), true);
    if (!equalInConstantTime(m.code.toUtf8(), state.code.toUtf8())) {
        limits.wrongCode(c.address, now());
        return refuse(socket, QStringLiteral("code"), false);
    }
    const QString name = cleanName(m.name);
    if (hasControlCharacter(m.name) || name.isEmpty() || textLength(name) > maxParticipantNameLength)
        return refuse(socket, QStringLiteral("name"), false);
    for (const auto &p : participants)
        if (p->name.compare(name, Qt::CaseInsensitive) == 0)
            return refuse(socket, QStringLiteral("name"), false);
    if (int(participants.size()) >= config.maxParticipants)
        return refuse(socket, QStringLiteral("full"), true);

    // The trainee of the class with this name, else a new one in the class.
    auto findMember = [&]() -> QString {
        for (const Trainee &t : store.classMembers(state.classId))
            if (t.displayName.compare(name, Qt::CaseInsensitive) == 0)
                return t.id;
        return {};
    };
    QString traineeId = findMember();
    if (traineeId.isEmpty() && store.addNewTraineesToClass(state.classId, {name}))
        traineeId = findMember();
    CoreError error;
    std::optional<AttemptRecorder> recorder;
    if (!traineeId.isEmpty())
        recorder = AttemptRecorder::startNew(store, *module, course.version, traineeId, m.lang, state.seed, &error);
    if (!recorder)
        return refuse(socket, QStringLiteral("storage"), false);

    const QString token = newToken();
    auto p = std::make_unique<Participant>();
    p->tokenHash = tokenHash(token);
    p->traineeId = traineeId;
    p->name = name;
    p->lang = m.lang;
    p->recorder = std::move(recorder);
    if (state.pacing == LivePacing::Paced && state.current >= 0)
        p->recorder->goTo(state.current);
    state.members.append({p->tokenHash, traineeId, name, m.lang});
    if (!saveState()) {
        state.members.removeLast();
        return refuse(socket, QStringLiteral("storage"), false);
    }
    p->socket = socket;
    c.participant = p.get();
    participants.push_back(std::move(p));
    Participant &joined = *participants.back();
    send(socket, serverMessage(QStringLiteral("joined"),
                               {{QStringLiteral("token"), token},
                                {QStringLiteral("name"), joined.name},
                                {QStringLiteral("lang"), joined.lang},
                                {QStringLiteral("mode"), state.pacing == LivePacing::Paced ? QStringLiteral("paced")
                                                                                           : QStringLiteral("self")}}));
    sendView(joined);
    emit q->participantCountChanged(int(participants.size()));
    emit q->progressChanged();
}

void LiveSession::Private::resume(QWebSocket *socket, Connection &c, const ClientMessage &m)
{
    if (!limits.allowJoin(c.address, now()))
        return refuse(socket, QStringLiteral("rate"), true);
    const QByteArray hash = tokenHash(m.token);
    Participant *found = nullptr;
    for (const auto &p : participants)
        if (equalInConstantTime(p->tokenHash, hash))
            found = p.get();
    if (!found) {
        limits.wrongCode(c.address, now());
        return refuse(socket, QStringLiteral("token"), true);
    }
    if (found->socket && found->socket != socket) {
        // The same participant on a new connection (reload): the old one is closed.
        QWebSocket *old = found->socket;
        connections.remove(old);
        old->close(QWebSocketProtocol::CloseCodeNormal);
    }
    found->socket = socket;
    c.participant = found;
    send(socket, serverMessage(QStringLiteral("joined"),
                               {{QStringLiteral("token"), m.token},
                                {QStringLiteral("name"), found->name},
                                {QStringLiteral("lang"), found->lang},
                                {QStringLiteral("mode"), state.pacing == LivePacing::Paced ? QStringLiteral("paced")
                                                                                           : QStringLiteral("self")}}));
    sendView(*found);
    emit q->progressChanged();
}

void LiveSession::Private::answer(QWebSocket *socket, Connection &c, const ClientMessage &m)
{
    Participant &p = *c.participant;
    if (p.finished || !p.recorder)
        return refuse(socket, QStringLiteral("answered"), false);
    const QuizSession &s = p.recorder->session();
    const int n = s.currentIndex();
    const bool paced = state.pacing == LivePacing::Paced;
    if (paced && (state.current < 0 || m.index > state.current || state.revealed))
        return refuse(socket, QStringLiteral("not-open"), false);
    if (m.index > n)
        return refuse(socket, QStringLiteral("not-open"), false);
    if (m.index < n || m.questionId != s.currentQuestion().id || s.isCurrentAnswered())
        return refuse(socket, QStringLiteral("answered"), false);

    const QuestionLayout &layout = layouts.at(n);
    AttemptRecorder::Shown shown;
    shown.timeTakenMs = std::max<qint64>(0, now() - p.shownAtMs);
    shown.language = p.lang;
    CoreError error;
    if (layout.question->type == QuestionType::Scenario) {
        const auto at = s.scenarioPosition();
        const QJsonValue choice = m.answer.value(QLatin1String("choice"));
        if (m.answer.size() != 1 || !choice.isString())
            return onSchemaError(socket, c);
        const auto choiceId = at && at->step ? scenarioChoice(*at->step, m.answer) : std::nullopt;
        if (!choiceId)
            return refuse(socket, QStringLiteral("not-open"), false);
        const ScenarioChoice *taken = at->step->choice(*choiceId);
        const QString consequence = taken ? taken->consequence.in(p.lang) : QString();
        error = p.recorder->choose(*choiceId, shown);
        if (!error.isError())
            p.consequence = consequence;
    } else {
        const auto chosen = chosenFromAnswer(layout, m.answer);
        if (!chosen)
            return onSchemaError(socket, c);
        error = p.recorder->submit(*chosen, shown);
    }
    if (error.code == ErrorCode::InvalidAnswer)
        return onSchemaError(socket, c);
    if (error.code == ErrorCode::NotAnswerable || error.code == ErrorCode::AlreadyRecorded)
        return refuse(socket, QStringLiteral("answered"), false);
    if (error.isError())
        return refuse(socket, QStringLiteral("storage"), false);
    // Stored and committed: now it may be acknowledged.
    send(socket, serverMessage(QStringLiteral("ack"), nField(n)));
    if (!p.recorder->session().isCurrentAnswered())
        return sendQuestion(p); // the scenario goes on
    afterAnswer(p, n);
}

void LiveSession::Private::afterAnswer(Participant &p, int n)
{
    const QuizSession &s = p.recorder->session();
    const auto scored = s.answerAt(n);
    const QuestionLayout &layout = layouts.at(n);
    if (state.pacing == LivePacing::Paced) {
        countAnswer(distributionKeys(layout, s.chosenAt(n), *scored));
        emit q->answeredCountChanged(answeredCurrent);
        emit q->distributionChanged(q->distribution());
        emit q->progressChanged();
        return sendView(p);
    }
    ++answeredTotal;
    const ScenarioStep *ending = nullptr;
    if (layout.question->type == QuestionType::Scenario) {
        const auto at = walkScenario(*layout.question, s.chosenAt(n));
        ending = at ? at->step : nullptr;
    }
    QJsonObject feedback = nField(n);
    feedback.insert(QStringLiteral("correct"), scored->correct);
    feedback.insert(QStringLiteral("explanation"), explanationText(layout, p.lang, s.chosenAt(n), ending));
    feedback.insert(QStringLiteral("right"), rightView(layout, p.lang, ending));
    send(p.socket, serverMessage(QStringLiteral("feedback"), feedback));
    if (!p.recorder->next())
        finishAttempt(p);
    p.consequence.clear();
    emit q->answeredCountChanged(answeredTotal);
    emit q->progressChanged();
    sendView(p);
}

void LiveSession::Private::sendView(Participant &p)
{
    if (!p.socket)
        return;
    if (p.finished || !running || !p.recorder) {
        send(p.socket, serverMessage(QStringLiteral("end"), {{QStringLiteral("score"), score(p)},
                                                             {QStringLiteral("max"), plan ? plan->maxScore() : 0}}));
        return;
    }
    const QuizSession &s = p.recorder->session();
    if (state.pacing == LivePacing::Paced) {
        if (state.current < 0 || s.isCurrentAnswered() || state.revealed) {
            send(p.socket, serverMessage(QStringLiteral("wait")));
            sendReveal(p);
            return;
        }
    }
    sendQuestion(p);
}

void LiveSession::Private::sendQuestion(Participant &p)
{
    const QuizSession &s = p.recorder->session();
    const int n = s.currentIndex();
    const auto at = s.scenarioPosition();
    const QJsonObject view = live::questionView(layouts.at(n), p.lang, at ? &*at : nullptr, p.consequence,
                                          int(s.scenarioPath().size()));
    p.shownAtMs = now();
    send(p.socket, serverMessage(QStringLiteral("question"), {{QStringLiteral("n"), n},
                                                              {QStringLiteral("total"), s.questionCount()},
                                                              {QStringLiteral("q"), view}}));
}

void LiveSession::Private::sendReveal(Participant &p)
{
    const int n = state.current;
    if (!p.socket || !state.revealed || n < 0 || n >= layouts.size())
        return;
    const QuestionLayout &layout = layouts.at(n);
    QJsonObject reveal = nField(n);
    reveal.insert(QStringLiteral("right"), rightView(layout, p.lang));
    reveal.insert(QStringLiteral("explanation"), explanationText(layout, p.lang));
    if (p.socket)
        send(p.socket, serverMessage(QStringLiteral("reveal"), reveal));
}

void LiveSession::Private::dropIdle()
{
    const qint64 t = now();
    QList<QWebSocket *> idle;
    for (auto it = connections.cbegin(); it != connections.cend(); ++it)
        if (t - it->lastMessageMs > config.idleTimeoutMs)
            idle.append(it.key());
    for (QWebSocket *socket : std::as_const(idle)) {
        connections.remove(socket);
        socket->close(QWebSocketProtocol::CloseCodeGoingAway);
    }
}

} // namespace khien
