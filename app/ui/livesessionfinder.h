// The live sessions announced on this room's network (liveannounce.h), for the join page:
// it listens only while `active` (the page is open). Each entry {name, address, port}: the
// class name as the host announced it (plain text) and where the datagram came from.
#pragma once

#include "liveannounce.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class LiveSessionFinder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(QVariantList sessions READ sessions NOTIFY sessionsChanged)
    // For tests: the UDP port to listen on (default: the announcement's port).
    Q_PROPERTY(int port READ port WRITE setPort NOTIFY activeChanged)

public:
    explicit LiveSessionFinder(QObject *parent = nullptr);

    bool active() const { return m_active; }
    void setActive(bool active);
    int port() const { return m_port; }
    void setPort(int port);
    QVariantList sessions() const;

signals:
    void activeChanged();
    void sessionsChanged();

private:
    khien::live::LiveAnnounceListener m_listener;
    bool m_active = false;
    int m_port = khien::live::defaultAnnouncePort;
};
