// LiveQuizController: joining, the server's messages and the answers sent. The lists the
// question bodies draw are in livequizview.cpp.
#include "livequizcontroller.h"

#include "displayformat.h"
#include "scenariotrail.h"

#include <QJsonArray>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLiveQuiz, "khien.live.quiz")

using namespace khien::live;

LiveQuizController::LiveQuizController(QObject *parent) : QuizView(parent)
{
    connect(&m_client, &LiveClient::stateChanged, this, [this] {
        if (m_client.state() == LiveClient::State::Reconnecting)
            m_sending = false; // resumed, the server sends the question again if it was not stored
        if (m_client.state() == LiveClient::State::Failed && m_joined)
            m_error = m_client.error();
        emit changed();
    });
    connect(&m_client, &LiveClient::joined, this, [this] {
        m_joined = true;
        emit changed();
    });
    connect(&m_client, &LiveClient::question, this, &LiveQuizController::onQuestion);
    connect(&m_client, &LiveClient::waiting, this, &LiveQuizController::onWaiting);
    connect(&m_client, &LiveClient::acknowledged, this, &LiveQuizController::onAck);
    connect(&m_client, &LiveClient::feedback, this, &LiveQuizController::onFeedback);
    connect(&m_client, &LiveClient::ended, this, &LiveQuizController::onEnded);
    connect(&m_client, &LiveClient::refused, this, &LiveQuizController::onRefused);
}

bool LiveQuizController::join(const QString &address, const QString &code, const QString &name)
{
    const auto parsed = parseLiveAddress(address);
    const QString typedCode = normalizeLiveCode(code);
    m_badAddress = !parsed;
    m_badCode = parsed && typedCode.isEmpty() && (parsed->code.isEmpty() || !code.trimmed().isEmpty());
    if (m_badAddress || m_badCode) {
        emit changed();
        return false;
    }
    m_address = parsed->display();
    m_client.join(*parsed, typedCode.isEmpty() ? parsed->code : typedCode, name.trimmed(), m_language);
    emit changed();
    return true;
}

void LiveQuizController::leave()
{
    m_client.leave();
}

void LiveQuizController::setLanguage(const QString &language)
{
    if (language == m_language || (language != QLatin1String("vi") && language != QLatin1String("en")))
        return;
    m_language = language;
    m_client.setLanguage(language);
    emit changed();
}

QString LiveQuizController::scoreText() const
{
    //: The live session's result, e.g. "7 of 10 points".
    return tr("%1 of %2 points").arg(khien::formatNumber(m_score, m_language), khien::formatNumber(m_max, m_language));
}

QString LiveQuizController::title() const
{
    return tr("Live session");
}

bool LiveQuizController::reconnecting() const
{
    return m_client.state() == LiveClient::State::Reconnecting;
}

void LiveQuizController::onQuestion(const LiveQuestion &q)
{
    if (holding() || m_nextAsked) {
        m_held = Held{q, false};
        if (m_nextAsked)
            next();
        return;
    }
    show(q);
}

void LiveQuizController::show(const LiveQuestion &q)
{
    const bool same = m_question && m_question->n == q.n && m_question->id == q.id;
    if (same && q.type == QLatin1String("scenario") && q.stepNo > m_question->stepNo) {
        // The next step of the scenario: the choice just taken joins the trail.
        const QString line = khien::decisionTrailLine(m_sentChoiceText, q.consequence);
        m_trail.append(QVariantMap{{QStringLiteral("stepText"), m_question->stepText},
                                   {QStringLiteral("choiceText"), m_sentChoiceText},
                                   {QStringLiteral("consequence"), q.consequence},
                                   {QStringLiteral("line"), line}});
        m_sentChoiceText.clear();
    } else if (!same) {
        // A new question; the same one again is a language switch or a resume: kept as it is.
        m_sent.clear();
        m_trail.clear();
        m_sentChoiceText.clear();
        m_feedback.reset();
        m_revealed = false;
        m_answered = false;
        m_sending = false;
    }
    m_question = q;
    m_waiting = false;
    m_error = LiveError::None;
    emit changed();
}

void LiveQuizController::onWaiting()
{
    if (holding() || m_nextAsked) {
        m_held = Held{};
        if (m_nextAsked)
            next();
        return;
    }
    m_waiting = true;
    if (m_question && m_question->type == QLatin1String("scenario") && !m_sending && !m_sentChoiceText.isEmpty())
        m_answered = true; // paced: the ending is reached, the server waits for the instructor
    emit changed();
}

void LiveQuizController::onAck(int n)
{
    if (!m_question || n != m_question->n || !m_sending)
        return;
    m_sending = false;
    if (m_question->type != QLatin1String("scenario"))
        m_answered = true;
    m_error = LiveError::None;
    emit changed();
}

void LiveQuizController::onFeedback(const LiveServerMessage &m, bool reveal)
{
    if (!m_question || m.n != m_question->n) {
        qCDebug(lcLiveQuiz) << "feedback for another question ignored";
        return;
    }
    m_feedback = m;
    m_revealed = reveal;
    m_answered = true;
    m_sending = false;
    if (reveal)
        m_waiting = true; // paced: the instructor opens the next question
    emit changed();
}

void LiveQuizController::onEnded(double score, double max)
{
    m_score = score;
    m_max = max;
    if (holding() && !m_nextAsked) {
        m_held = Held{std::nullopt, true};
        return;
    }
    finish();
}

void LiveQuizController::finish()
{
    m_finished = true;
    m_waiting = false;
    m_held.reset();
    emit changed();
}

void LiveQuizController::onRefused(LiveError error)
{
    m_sending = false;
    m_error = error;
    if (error == LiveError::Answered || error == LiveError::NotOpen)
        m_answered = true; // the server will not take it: the question is locked
    emit changed();
}

bool LiveQuizController::send(const QJsonObject &answer)
{
    if (!m_question || m_answered || m_sending || !m_client.sendAnswer(m_question->id, m_question->n, answer)) {
        if (reconnecting())
            emit changed();
        return false;
    }
    m_sending = true;
    m_error = LiveError::None;
    emit changed();
    return true;
}

bool LiveQuizController::submit(const QStringList &chosen)
{
    if (!m_question || m_question->type == QLatin1String("scenario"))
        return false;
    const QString type = m_question->type;
    QJsonObject answer;
    if (type == QLatin1String("ordering")) {
        answer = {{QStringLiteral("order"), QJsonArray::fromStringList(chosen)}};
    } else if (type == QLatin1String("matching")) {
        QJsonObject pairs;
        for (int i = 0; i < m_question->items.size() && i < chosen.size(); ++i)
            pairs.insert(m_question->items.at(i).id, chosen.at(i));
        answer = {{QStringLiteral("pairs"), pairs}};
    } else if (type == QLatin1String("shortanswer") || type == QLatin1String("numeric")) {
        const QString text = chosen.value(0).trimmed();
        if (text.isEmpty() || text.size() > maxTypedLength())
            return false;
        answer = {{QStringLiteral("text"), text}};
    } else {
        answer = {{QStringLiteral("ids"), QJsonArray::fromStringList(chosen)}};
    }
    if (!send(answer))
        return false;
    m_sent = chosen;
    return true;
}

bool LiveQuizController::choose(const QString &choiceId)
{
    if (!m_question || m_question->type != QLatin1String("scenario"))
        return false;
    const auto it = std::find_if(m_question->choices.cbegin(), m_question->choices.cend(),
                                 [&](const LiveItem &c) { return c.id == choiceId; });
    if (it == m_question->choices.cend() || !send({{QStringLiteral("choice"), choiceId}}))
        return false;
    m_sentChoiceText = it->text;
    return true;
}

void LiveQuizController::next()
{
    if (m_client.paced() || !m_answered || m_finished)
        return;
    if (!m_held) {
        m_nextAsked = true; // the next one has not come yet
        return;
    }
    m_nextAsked = false;
    const Held held = *m_held;
    m_held.reset();
    m_feedback.reset();
    if (held.end)
        finish();
    else if (held.question)
        show(*held.question);
    else
        onWaiting();
}
