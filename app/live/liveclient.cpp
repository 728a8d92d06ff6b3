#include "liveclient.h"

#include <QJsonDocument>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLiveClient, "khien.live.client")

namespace khien::live {

namespace {
// Frames over the protocol's 4096 bytes are ignored; this bounds what QWebSocket buffers at all.
constexpr qint64 socketLimit = 64 * 1024;
constexpr int pingMs = 4 * 60 * 1000;
} // namespace

LiveClient::LiveClient(QObject *parent) : QObject(parent)
{
    m_socket.setMaxAllowedIncomingFrameSize(socketLimit);
    m_socket.setMaxAllowedIncomingMessageSize(socketLimit);
    m_retry.setSingleShot(true);
    m_ping.setInterval(pingMs);
    connect(&m_retry, &QTimer::timeout, this, &LiveClient::open);
    connect(&m_ping, &QTimer::timeout, this, [this] { send({{QStringLiteral("t"), QStringLiteral("ping")}}); });
    connect(&m_socket, &QWebSocket::connected, this, &LiveClient::onConnected);
    connect(&m_socket, &QWebSocket::disconnected, this, &LiveClient::onDisconnected);
    // Qt 6.4 names it error(); errorOccurred() is 6.5.
    connect(&m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, [this] {
        if (m_socket.state() == QAbstractSocket::UnconnectedState)
            onDisconnected();
    });
    connect(&m_socket, &QWebSocket::textMessageReceived, this, &LiveClient::onFrame);
    connect(&m_socket, &QWebSocket::binaryMessageReceived, this,
            [] { qCWarning(lcLiveClient) << "binary frame ignored"; });
}

LiveClient::~LiveClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void LiveClient::join(const LiveAddress &address, const QString &code, const QString &name, const QString &lang)
{
    m_address = address;
    m_code = code;
    m_name = name;
    m_lang = lang;
    m_token.clear();
    m_error = LiveError::None;
    m_retries = 0;
    setState(State::Connecting);
    open();
}

void LiveClient::open()
{
    m_socket.abort();
    m_socket.open(m_address.socketUrl());
}

void LiveClient::onConnected()
{
    m_retries = 0;
    m_ping.start();
    if (!m_token.isEmpty())
        send({{QStringLiteral("t"), QStringLiteral("resume")}, {QStringLiteral("token"), m_token}});
    else
        send({{QStringLiteral("t"), QStringLiteral("join")}, {QStringLiteral("code"), m_code},
              {QStringLiteral("name"), m_name}, {QStringLiteral("lang"), m_lang}});
}

void LiveClient::onDisconnected()
{
    m_ping.stop();
    if (m_state == State::Connecting) {
        fail(LiveError::Unreachable);
    } else if ((m_state == State::Joined || m_state == State::Reconnecting) && !m_retry.isActive()) {
        setState(State::Reconnecting);
        m_retry.start(m_delays.value(std::min(m_retries, int(m_delays.size()) - 1), 1000));
        m_retries = std::min(m_retries + 1, 100);
    }
}

void LiveClient::onFrame(const QString &text)
{
    QString why;
    const QByteArray frame = text.toUtf8();
    const auto message = readServerMessage(frame, &why);
    if (!message) {
        qCWarning(lcLiveClient) << "server message ignored:" << why;
        return;
    }
    handle(*message);
}

void LiveClient::handle(const LiveServerMessage &m)
{
    using Kind = LiveServerMessage::Kind;
    // Before `joined`, only an error (or a keep-alive) makes sense.
    if (m_state == State::Connecting && m.kind != Kind::Joined && m.kind != Kind::Error && m.kind != Kind::Pong) {
        qCWarning(lcLiveClient) << "message before joined ignored";
        return;
    }
    if (m_state == State::Ended || m_state == State::Failed || m_state == State::Idle)
        return;
    switch (m.kind) {
    case Kind::Joined: {
        const bool first = m_token.isEmpty();
        m_token = m.token;
        m_paced = m.paced;
        if (first)
            m_name = m.name;
        setState(State::Joined);
        if (m.lang != m_lang)
            setLanguage(m_lang); // switched while away: this side's choice wins
        emit joined();
        break;
    }
    case Kind::Question:
        emit question(m.question);
        break;
    case Kind::Wait:
        emit waiting();
        break;
    case Kind::Ack:
        emit acknowledged(m.n);
        break;
    case Kind::Feedback:
    case Kind::Reveal:
        emit feedback(m, m.kind == Kind::Reveal);
        break;
    case Kind::End:
        m_token.clear();
        setState(State::Ended);
        m_socket.close();
        emit ended(m.score, m.max);
        break;
    case Kind::Error:
        switch (m.error) {
        case LiveError::WrongCode:
        case LiveError::Full:
        case LiveError::NameTaken:
        case LiveError::Token:
        case LiveError::Closed:
            fail(m.error);
            break;
        case LiveError::Rate:
            if (m_token.isEmpty() || m_state != State::Joined)
                fail(m.error);
            else
                emit refused(m.error);
            break;
        default:
            emit refused(m.error);
            break;
        }
        break;
    case Kind::Pong:
        break;
    }
}

bool LiveClient::sendAnswer(const QString &questionId, int n, const QJsonObject &answer)
{
    if (m_state != State::Joined || m_socket.state() != QAbstractSocket::ConnectedState)
        return false;
    const QJsonObject message{{QStringLiteral("t"), QStringLiteral("answer")},
                              {QStringLiteral("q"), questionId},
                              {QStringLiteral("n"), n},
                              {QStringLiteral("a"), answer}};
    if (QJsonDocument(message).toJson(QJsonDocument::Compact).size() > maxLiveFrameBytes)
        return false;
    send(message);
    return true;
}

void LiveClient::setLanguage(const QString &lang)
{
    m_lang = lang;
    if (m_state == State::Joined)
        send({{QStringLiteral("t"), QStringLiteral("lang")}, {QStringLiteral("lang"), lang}});
}

void LiveClient::leave()
{
    m_retry.stop();
    m_ping.stop();
    m_token.clear();
    setState(State::Idle);
    m_socket.close();
}

void LiveClient::send(const QJsonObject &message)
{
    if (m_socket.state() == QAbstractSocket::ConnectedState)
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
}

void LiveClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit stateChanged();
}

void LiveClient::fail(LiveError error)
{
    m_retry.stop();
    m_ping.stop();
    m_token.clear();
    m_error = error;
    setState(State::Failed);
    m_socket.close();
}

} // namespace khien::live
