#include "liveannounce.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkDatagram>
#include <QNetworkInterface>

#include <cmath>

Q_LOGGING_CATEGORY(lcLiveAnnounce, "khien.live.announce")

namespace khien::live {

namespace {
constexpr int intervalMs = 2000;
constexpr int maxListed = 20;

bool plainName(const QString &name)
{
    if (name.trimmed().isEmpty() || name.size() > maxAnnouncedNameLength)
        return false;
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    return true;
}

// The broadcast address of the interface that has `address`; `address` itself for loopback
// or an interface without broadcast.
QHostAddress broadcastFor(const QHostAddress &address)
{
    if (address.isLoopback())
        return address;
    for (const QNetworkInterface &iface : QNetworkInterface::allInterfaces())
        for (const QNetworkAddressEntry &entry : iface.addressEntries())
            if (entry.ip() == address && !entry.broadcast().isNull())
                return entry.broadcast();
    return address;
}
} // namespace

std::optional<Announcement> readAnnouncement(const QByteArray &datagram, const QHostAddress &sender)
{
    if (datagram.size() > maxAnnounceBytes || sender.isNull())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(datagram, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.size() != 4 || o.value(QLatin1String("t")) != QLatin1String("khien-live"))
        return std::nullopt;
    const QJsonValue v = o.value(QLatin1String("v"));
    const QJsonValue port = o.value(QLatin1String("port"));
    const QJsonValue name = o.value(QLatin1String("name"));
    if (!v.isDouble() || v.toDouble() != 1 || !port.isDouble() || !name.isString())
        return std::nullopt;
    const double p = port.toDouble();
    if (p != std::floor(p) || p < 1 || p > 65535 || !plainName(name.toString()))
        return std::nullopt;
    QHostAddress address = sender;
    bool v4 = false;
    const quint32 ipv4 = sender.toIPv4Address(&v4); // "::ffff:1.2.3.4" from a dual-stack socket
    if (v4)
        address = QHostAddress(ipv4);
    return Announcement{name.toString().trimmed(), address, quint16(p)};
}

QByteArray announcementDatagram(quint16 sessionPort, const QString &className)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("t"), QStringLiteral("khien-live")},
                                     {QStringLiteral("v"), 1},
                                     {QStringLiteral("port"), int(sessionPort)},
                                     {QStringLiteral("name"), className.left(maxAnnouncedNameLength)}})
        .toJson(QJsonDocument::Compact);
}

LiveAnnouncer::LiveAnnouncer(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveAnnouncer::send);
}

void LiveAnnouncer::start(const QHostAddress &listenAddress, quint16 sessionPort, const QString &className,
                          quint16 announcePort)
{
    m_target = broadcastFor(listenAddress);
    m_port = announcePort;
    m_datagram = announcementDatagram(sessionPort, className);
    if (m_datagram.size() > maxAnnounceBytes) // a long name in many-byte letters: shorter
        m_datagram = announcementDatagram(sessionPort, className.left(maxAnnouncedNameLength / 4));
    send();
    m_timer.start();
}

void LiveAnnouncer::stop()
{
    m_timer.stop();
}

void LiveAnnouncer::send()
{
    if (m_socket.writeDatagram(m_datagram, m_target, m_port) < 0)
        qCDebug(lcLiveAnnounce) << "announcement not sent:" << m_socket.errorString();
}

LiveAnnounceListener::LiveAnnounceListener(QObject *parent) : QObject(parent)
{
    connect(&m_socket, &QUdpSocket::readyRead, this, &LiveAnnounceListener::read);
}

bool LiveAnnounceListener::listen(quint16 port)
{
    close();
    return m_socket.bind(QHostAddress::AnyIPv4, port, QUdpSocket::ShareAddress | QUdpSocket::ReuseAddressHint);
}

void LiveAnnounceListener::close()
{
    m_socket.close();
    if (!m_sessions.isEmpty()) {
        m_sessions.clear();
        emit sessionsChanged();
    }
}

void LiveAnnounceListener::read()
{
    bool changed = false;
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket.receiveDatagram(maxAnnounceBytes + 1);
        const auto a = readAnnouncement(datagram.data(), datagram.senderAddress());
        if (!a) {
            qCDebug(lcLiveAnnounce) << "datagram ignored from" << datagram.senderAddress();
            continue;
        }
        auto same = std::find_if(m_sessions.begin(), m_sessions.end(), [&](const Announcement &s) {
            return s.address == a->address && s.port == a->port;
        });
        if (same != m_sessions.end()) {
            changed = changed || same->name != a->name;
            same->name = a->name;
        } else if (m_sessions.size() < maxListed) {
            m_sessions.append(*a);
            changed = true;
        }
    }
    if (changed)
        emit sessionsChanged();
}

} // namespace khien::live
