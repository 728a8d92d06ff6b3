// A live-session participant for the Qt Quick tests: a QWebSocket that joins with a code and a
// name, keeps the last message of each kind the server sent, and answers. QML creates it as
// LiveParticipant (module KhienTest).
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QVariantMap>
#include <QWebSocket>

class LiveParticipant : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool connected READ connected NOTIFY changed)
    // The "t" of the last message received, and the last "question" and "error" messages.
    Q_PROPERTY(QString last MEMBER m_last NOTIFY changed)
    Q_PROPERTY(QVariantMap question MEMBER m_question NOTIFY changed)
    Q_PROPERTY(QString lastError MEMBER m_lastError NOTIFY changed)
    Q_PROPERTY(int acks MEMBER m_acks NOTIFY changed)

public:
    explicit LiveParticipant(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_socket, &QWebSocket::connected, this, [this] {
            send(m_pending);
            emit changed();
        });
        connect(&m_socket, &QWebSocket::disconnected, this, &LiveParticipant::changed);
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QVariantMap message = QJsonDocument::fromJson(text.toUtf8()).object().toVariantMap();
            m_last = message.value(QStringLiteral("t")).toString();
            if (m_last == QLatin1String("question"))
                m_question = message;
            else if (m_last == QLatin1String("error"))
                m_lastError = message.value(QStringLiteral("why")).toString();
            else if (m_last == QLatin1String("ack"))
                ++m_acks;
            emit changed();
        });
    }

    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }

    // `joinUrl`: http://ADDR:PORT/#c=CODE as the join screen shows it.
    Q_INVOKABLE void join(const QString &joinUrl, const QString &code, const QString &name)
    {
        m_pending = QVariantMap{{QStringLiteral("t"), QStringLiteral("join")}, {QStringLiteral("code"), code},
                                {QStringLiteral("name"), name}, {QStringLiteral("lang"), QStringLiteral("en")}};
        QUrl url(joinUrl);
        url.setScheme(QStringLiteral("ws"));
        url.setPath(QStringLiteral("/ws"));
        url.setFragment(QString());
        m_socket.open(url);
    }
    Q_INVOKABLE void answer(const QString &questionId, int n, const QVariantMap &answer)
    {
        send(QVariantMap{{QStringLiteral("t"), QStringLiteral("answer")}, {QStringLiteral("q"), questionId},
                         {QStringLiteral("n"), n}, {QStringLiteral("a"), answer}});
    }
    Q_INVOKABLE void close() { m_socket.close(); }

signals:
    void changed();

private:
    void send(const QVariantMap &message)
    {
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(message)).toJson(QJsonDocument::Compact)));
    }

    QWebSocket m_socket;
    QVariantMap m_pending;
    QString m_last;
    QVariantMap m_question;
    QString m_lastError;
    int m_acks = 0;
};
