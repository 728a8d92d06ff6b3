#include "livesession.h"

#include "livesessionprivate.h"
#include "livetoken.h"
#include "store.h"

#include <QDateTime>
#include <QUuid>

namespace khien {

using namespace live;

LiveSession::LiveSession(Store &store, const Course &course, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, store, course))
{
    d->idleTimer.setSingleShot(false);
    connect(&d->idleTimer, &QTimer::timeout, this, [this] { d->dropIdle(); });
}

LiveSession::~LiveSession()
{
    // Closing the app does not stop the session: the saved state stays, so it can be resumed.
    d->announcer.stop();
    d->connections.clear();
    d->http.reset();
}

LiveSession::StartError LiveSession::start(const LiveConfig &config)
{
    if (d->running)
        return StartError::AlreadyRunning;
    LiveState state;
    if (config.resume) {
        const auto saved = readState(d->store);
        if (!saved)
            return StartError::NothingToResume;
        state = *saved;
    } else {
        state.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        state.code = newCode();
        state.classId = config.classId;
        state.moduleId = config.moduleId;
        state.pacing = config.pacing;
        state.seed = newSeed();
        state.startedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }
    // One LAN address, never all of them: "any" would also listen on other networks (and a
    // browser's Origin could not be checked).
    if (config.address.isNull() || config.address == QHostAddress(QHostAddress::Any)
        || config.address == QHostAddress(QHostAddress::AnyIPv4) || config.address == QHostAddress(QHostAddress::AnyIPv6))
        return StartError::CannotListen;
    if (!d->store.classById(state.classId))
        return StartError::NoClass;
    const Module *module = d->course.module(state.moduleId);
    if (!module || !module->quiz || module->quiz->questions.isEmpty())
        return StartError::NoQuiz;

    d->config = config;
    d->config.pacing = state.pacing;
    d->state = state;
    d->module = module;
    d->plan.emplace(*module->quiz, planAttempt(*module->quiz, state.seed));
    d->layouts.clear();
    for (int i = 0; i < d->plan->questionCount(); ++i)
        d->layouts.append(questionLayout(d->plan->questionAt(i), d->plan->plan().optionsOf(d->plan->questionAt(i).id)));
    d->participants.clear();
    d->limits = AddressLimits(config.joinsPerMinutePerAddress);
    d->resetCounts();
    d->answeredTotal = 0;
    if (config.resume && !d->restoreMembers())
        return StartError::Storage;

    auto listen = [this, &config](quint16 port) {
        d->http = std::make_unique<LiveHttpServer>(config.webRoot);
        connect(d->http.get(), &QAbstractHttpServer::newWebSocketConnection, this, [this] { d->acceptSockets(); });
        d->port = d->http->listen(config.address, port);
    };
    // A resumed session listens where it did, so participants' pages reconnect by themselves
    // (another port when that one is taken now).
    const quint16 wanted = config.port != 0 ? config.port : config.resume ? quint16(state.port) : 0;
    listen(wanted);
    if (d->port == 0 && wanted != 0 && config.port == 0)
        listen(0);
    if (d->port == 0) {
        d->http.reset();
        return StartError::CannotListen;
    }
    d->state.port = d->port;
    if (!d->saveState()) {
        d->http.reset();
        return StartError::Storage;
    }
    d->clock.start();
    d->idleTimer.start(std::clamp(config.idleTimeoutMs / 4, 50, 10 * 1000));
    d->running = true;
    if (config.announcePort != 0)
        d->announcer.start(config.address, d->port, d->store.classById(state.classId).value_or(ClassRecord()).name,
                           config.announcePort);
    emit runningChanged();
    emit questionChanged();
    emit participantCountChanged(participantCount());
    return StartError::None;
}

std::optional<SavedLiveSession> LiveSession::saved(Store &store)
{
    const auto state = readState(store);
    if (!state)
        return std::nullopt;
    return SavedLiveSession{state->classId, state->moduleId, state->pacing, state->code,
                            state->startedAt, state->current, int(state->members.size())};
}

bool LiveSession::discardSaved(Store &store)
{
    return clearState(store);
}

bool LiveSession::isRunning() const { return d->running; }
QString LiveSession::code() const { return d->running ? d->state.code : QString(); }
int LiveSession::port() const { return d->running ? d->port : 0; }
bool LiveSession::isPaced() const { return d->state.pacing == LivePacing::Paced; }
int LiveSession::questionCount() const { return d->plan ? d->plan->questionCount() : 0; }
int LiveSession::currentIndex() const { return isPaced() ? d->state.current : -1; }
bool LiveSession::isRevealed() const { return d->state.revealed; }
int LiveSession::participantCount() const { return int(d->participants.size()); }
int LiveSession::answeredCount() const { return isPaced() ? d->answeredCurrent : d->answeredTotal; }

QUrl LiveSession::joinUrl() const
{
    if (!d->running)
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(d->config.address.toString());
    url.setPort(d->port);
    url.setPath(QStringLiteral("/"));
    url.setFragment(QStringLiteral("c=") + d->state.code);
    return url;
}

QVariantMap LiveSession::distribution() const
{
    QVariantMap counts;
    for (auto it = d->distribution.cbegin(); it != d->distribution.cend(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}

QVariantMap LiveSession::questionView(const QString &lang) const
{
    const int n = d->state.current;
    if (!d->running || !isPaced() || n < 0 || n >= d->layouts.size())
        return {};
    const QuestionLayout &layout = d->layouts.at(n);
    std::optional<ScenarioPosition> start;
    if (layout.question->type == QuestionType::Scenario)
        start = walkScenario(*layout.question, {});
    QJsonObject view = live::questionView(layout, lang, start ? &*start : nullptr);
    if (d->state.revealed) {
        view.insert(QStringLiteral("answer"), rightView(layout, lang));
        view.insert(QStringLiteral("explanation"), explanationText(layout, lang));
    }
    return view.toVariantMap();
}

QVariantList LiveSession::progress() const
{
    QVariantList list;
    for (const auto &p : d->participants) {
        const QuizSession *s = p->recorder ? &p->recorder->session() : nullptr;
        int correct = 0;
        for (int i = 0; s && i < s->questionCount(); ++i)
            correct += s->answerAt(i) && s->answerAt(i)->correct ? 1 : 0;
        list.append(QVariantMap{{QStringLiteral("name"), p->name},
                                {QStringLiteral("answered"), s ? s->answeredCount() : 0},
                                {QStringLiteral("correct"), correct},
                                {QStringLiteral("finished"), p->finished},
                                {QStringLiteral("connected"), !p->socket.isNull()}});
    }
    std::sort(list.begin(), list.end(), [](const QVariant &a, const QVariant &b) {
        return a.toMap().value(QStringLiteral("name")).toString().localeAwareCompare(
                       b.toMap().value(QStringLiteral("name")).toString()) < 0;
    });
    return list;
}

void LiveSession::stop()
{
    if (!d->running)
        return;
    d->running = false;
    d->idleTimer.stop();
    d->announcer.stop();
    for (const auto &p : d->participants) {
        d->finishAttempt(*p);
        if (p->socket) {
            d->sendView(*p);
            p->socket->close(QWebSocketProtocol::CloseCodeNormal);
        }
    }
    d->connections.clear();
    d->http.reset(); // closes the port and every socket
    if (!clearState(d->store))
        qWarning("live session: the saved state could not be removed: %s",
                 qPrintable(d->store.lastFailure().detail));
    emit runningChanged();
    emit stopped();
}

bool LiveSession::next()
{
    if (!d->running || !isPaced())
        return false;
    if (d->state.current + 1 >= questionCount()) {
        d->state.current = questionCount();
        stop();
        return true;
    }
    ++d->state.current;
    d->state.revealed = false;
    if (!d->saveState())
        qWarning("live session: the open question could not be saved: %s",
                 qPrintable(d->store.lastFailure().detail));
    d->resetCounts();
    for (const auto &p : d->participants) {
        if (p->recorder)
            p->recorder->goTo(d->state.current);
        p->consequence.clear();
        d->sendView(*p);
    }
    emit questionChanged();
    emit answeredCountChanged(0);
    emit distributionChanged({});
    return true;
}

bool LiveSession::reveal()
{
    const int n = d->state.current;
    if (!d->running || !isPaced() || n < 0 || n >= questionCount() || d->state.revealed)
        return false;
    d->state.revealed = true;
    if (!d->saveState())
        qWarning("live session: the reveal could not be saved: %s", qPrintable(d->store.lastFailure().detail));
    for (const auto &p : d->participants)
        d->sendReveal(*p);
    emit questionChanged();
    return true;
}

// --- Private: state and counts ---

bool LiveSession::Private::saveState()
{
    return writeState(store, state);
}

bool LiveSession::Private::restoreMembers()
{
    for (const LiveState::Member &m : std::as_const(state.members)) {
        auto p = std::make_unique<Participant>();
        p->tokenHash = m.tokenHash;
        p->traineeId = m.traineeId;
        p->name = m.name;
        p->lang = m.lang;
        int dropped = 0;
        p->recorder = AttemptRecorder::resume(store, *module, course.version, m.traineeId, &dropped);
        if (!p->recorder) {
            // The attempt was finished (or is gone): nothing more to answer; its score stays.
            p->finished = true;
            const auto attempts = store.attempts(m.traineeId);
            for (const AttemptRecord &a : attempts)
                if (a.moduleId == module->id && a.seed == state.seed && !a.abandoned) {
                    p->finalScore = a.score;
                    break;
                }
        } else if (state.pacing == LivePacing::Paced && state.current >= 0)
            p->recorder->goTo(state.current);
        if (p->recorder)
            answeredTotal += p->recorder->session().answeredCount();
        participants.push_back(std::move(p));
    }
    if (state.pacing == LivePacing::Paced && state.current >= 0) {
        // The open question's counts, from the answers that were stored before the restart.
        const QuestionLayout &layout = layouts.value(state.current);
        for (const auto &p : participants) {
            if (!p->recorder || !layout.question)
                continue;
            const auto scored = p->recorder->session().answerAt(state.current);
            if (scored)
                countAnswer(distributionKeys(layout, p->recorder->session().chosenAt(state.current), *scored));
        }
    }
    return true;
}

void LiveSession::Private::resetCounts()
{
    distribution.clear();
    answeredCurrent = 0;
}

void LiveSession::Private::countAnswer(const QStringList &keys)
{
    for (const QString &k : keys)
        distribution[k] += 1;
    ++answeredCurrent;
}

double LiveSession::Private::score(const Participant &p) const
{
    return p.recorder ? p.recorder->session().score() : p.finalScore;
}

void LiveSession::Private::finishAttempt(Participant &p)
{
    if (p.finished)
        return;
    p.finished = true;
    if (p.recorder) {
        const CoreError e = p.recorder->finish();
        if (e.isError())
            qWarning("live session: the attempt of a participant could not be finished: %s", qPrintable(e.detail));
    }
}

} // namespace khien
