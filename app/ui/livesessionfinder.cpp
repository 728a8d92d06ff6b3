#include "livesessionfinder.h"

LiveSessionFinder::LiveSessionFinder(QObject *parent) : QObject(parent)
{
    connect(&m_listener, &khien::live::LiveAnnounceListener::sessionsChanged, this, &LiveSessionFinder::sessionsChanged);
}

void LiveSessionFinder::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active) {
        if (!m_listener.listen(quint16(m_port)))
            qWarning("Khiên: cannot listen for live-session announcements on UDP port %d", m_port);
    } else {
        m_listener.close();
    }
    emit activeChanged();
}

void LiveSessionFinder::setPort(int port)
{
    if (port < 0 || port > 65535 || port == m_port)
        return;
    m_port = port;
    if (m_active) {
        m_listener.close();
        (void)m_listener.listen(quint16(port));
    }
    emit activeChanged();
}

QVariantList LiveSessionFinder::sessions() const
{
    QVariantList list;
    for (const khien::live::Announcement &a : m_listener.sessions())
        list.append(QVariantMap{{QStringLiteral("name"), a.name},
                                {QStringLiteral("address"), a.address.toString() + QLatin1Char(':') + QString::number(a.port)}});
    return list;
}
