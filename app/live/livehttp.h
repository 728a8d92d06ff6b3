// The live session's HTTP side (Qt HTTP Server): GET of exactly three embedded files (the
// participant page), every response with a strict Content-Security-Policy and no caching;
// anything else is 404. A WebSocket upgrade at /ws (and nowhere else) is let through to
// QAbstractHttpServer's own QWebSocketServer (newWebSocketConnection).
#pragma once

#include <QAbstractHttpServer>
#include <QHash>
#include <QHttpServerResponder>

namespace khien::live {

class LiveHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    // `webRoot`: the resource folder of index.html, app.js and style.css (":/live/web/").
    explicit LiveHttpServer(const QString &webRoot, QObject *parent = nullptr);

    // The headers every response carries.
    [[nodiscard]] static QList<QPair<QByteArray, QByteArray>> securityHeaders();
    // GET paths served, each with its file name.
    [[nodiscard]] static QHash<QString, QString> servedPaths();

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(const QHttpServerRequest &request, QTcpSocket *socket,
                 QHttpServerResponder::StatusCode status, const QByteArray &mimeType,
                 const QByteArray &body);

    struct File
    {
        QByteArray mimeType;
        QByteArray body;
    };
    QHash<QString, File> m_files; // by path
};

} // namespace khien::live
