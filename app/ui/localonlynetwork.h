// The QML engine's network access: Khiên needs none, so every request for anything but a
// local file or a compiled-in resource is refused before a socket is opened. A text that
// slips through as rich text, or an image URL in content, can then never reach the network.
#pragma once

#include <QQmlNetworkAccessManagerFactory>

class LocalOnlyNetworkFactory : public QQmlNetworkAccessManagerFactory
{
public:
    QNetworkAccessManager *create(QObject *parent) override;
};
