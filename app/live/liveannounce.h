// The LAN announcement of a live session (protocol.md, "LAN announcement"): while hosting, a
// UDP datagram every 2 s to the broadcast address of the interface the session listens on,
// `{"t":"khien-live","v":1,"port":PORT,"name":"<class name>"}`, never the session code. A room
// PC listens only while its join page is open and takes the host's address from the sender,
// not from the payload. Unauthenticated: anyone on the network can announce (see protocol.md).
#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>
#include <QUdpSocket>

#include <optional>

namespace khien::live {

inline constexpr quint16 defaultAnnouncePort = 47163;
inline constexpr int maxAnnounceBytes = 512;
inline constexpr int maxAnnouncedNameLength = 100;

struct Announcement
{
    QString name;         // the class name, plain text
    QHostAddress address; // the datagram's sender
    quint16 port = 0;     // the session's port
};

// The announcement in a datagram from `sender`; nullopt unless it is exactly the schema.
[[nodiscard]] std::optional<Announcement> readAnnouncement(const QByteArray &datagram, const QHostAddress &sender);
[[nodiscard]] QByteArray announcementDatagram(quint16 sessionPort, const QString &className);

// Host side: sends the announcement every 2 s until stopped or destroyed.
class LiveAnnouncer : public QObject
{
    Q_OBJECT
public:
    explicit LiveAnnouncer(QObject *parent = nullptr);
    // `listenAddress`: the session's address; the datagram goes to its interface's broadcast
    // address (to the address itself for loopback or when it has none).
    void start(const QHostAddress &listenAddress, quint16 sessionPort, const QString &className,
               quint16 announcePort = defaultAnnouncePort);
    void stop();
    [[nodiscard]] bool isActive() const { return m_timer.isActive(); }
    [[nodiscard]] QHostAddress target() const { return m_target; }

private:
    void send();

    QUdpSocket m_socket;
    QTimer m_timer;
    QHostAddress m_target;
    quint16 m_port = defaultAnnouncePort;
    QByteArray m_datagram;
};

// Room PC side: the sessions announced since listen(), one per address and port.
class LiveAnnounceListener : public QObject
{
    Q_OBJECT
public:
    explicit LiveAnnounceListener(QObject *parent = nullptr);
    // False when the port cannot be bound (then nothing is listed; typing the address still works).
    bool listen(quint16 port = defaultAnnouncePort);
    void close();
    [[nodiscard]] quint16 port() const { return m_socket.localPort(); }
    [[nodiscard]] const QList<Announcement> &sessions() const { return m_sessions; }

signals:
    void sessionsChanged();

private:
    void read();

    QUdpSocket m_socket;
    QList<Announcement> m_sessions;
};

} // namespace khien::live
