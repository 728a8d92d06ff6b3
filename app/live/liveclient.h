// Khiên on a room PC as a live-session participant (protocol.md): one QWebSocket to
// ws://HOST:PORT/ws, `join`, the token kept in memory only, `resume` after a drop (back-off 1, 2,
// 4, 8, 15 s), a ping every 4 minutes, and every server frame read through readServerMessage()
// (a frame that does not follow the schema is logged and ignored). GUI-free.
#pragma once

#include "liveaddress.h"
#include "liveclientview.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QWebSocket>

namespace khien::live {

class LiveClient : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,         // not connected, never joined
        Connecting,   // first connection and join under way
        Joined,       // joined (or resumed) and connected
        Reconnecting, // joined, connection lost: trying again with the token
        Ended,        // the session ended for this participant (end, closed)
        Failed,       // refused (error()) or unreachable
    };
    Q_ENUM(State)

    explicit LiveClient(QObject *parent = nullptr);
    ~LiveClient() override;

    // Connects and joins with `code`, `name` and `lang` ("vi"/"en").
    void join(const LiveAddress &address, const QString &code, const QString &name, const QString &lang);
    // Sends an answer to question `questionId` at index `n` (protocol.md's `a`); false when not connected.
    bool sendAnswer(const QString &questionId, int n, const QJsonObject &answer);
    // The participant's language; sent at once when joined (the server re-sends the view).
    void setLanguage(const QString &lang);
    // Leaves: closes the socket, forgets the token.
    void leave();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] LiveError error() const { return m_error; }
    [[nodiscard]] bool paced() const { return m_paced; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] bool hasToken() const { return !m_token.isEmpty(); }

    // For tests: the back-off delays, in ms (default 1000, 2000, 4000, 8000, 15000).
    void setRetryDelays(const QList<int> &delays) { m_delays = delays; }

signals:
    void stateChanged();
    void joined();
    void question(const khien::live::LiveQuestion &question);
    void waiting();
    void acknowledged(int n);
    // feedback (self-paced) or reveal (paced): `correct` is meaningful only when !reveal.
    void feedback(const khien::live::LiveServerMessage &message, bool reveal);
    void ended(double score, double max);
    // The server refused something without ending the session (storage, answered, not-open,
    // rate, schema): the UI says so; a `storage` refusal may be sent again.
    void refused(khien::live::LiveError error);

private:
    void open();
    void onConnected();
    void onDisconnected();
    void onFrame(const QString &text);
    void handle(const LiveServerMessage &m);
    void send(const QJsonObject &message);
    void setState(State state);
    void fail(LiveError error);

    QWebSocket m_socket;
    QTimer m_retry;
    QTimer m_ping;
    LiveAddress m_address;
    QString m_code;
    QString m_name;
    QString m_lang;
    QString m_token;
    bool m_paced = true;
    State m_state = State::Idle;
    LiveError m_error = LiveError::None;
    int m_retries = 0;
    QList<int> m_delays{1000, 2000, 4000, 8000, 15000};
};

} // namespace khien::live
