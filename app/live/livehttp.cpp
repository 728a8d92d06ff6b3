#include "livehttp.h"

#include <QFile>
#include <QHttpServerRequest>

namespace khien::live {

namespace {

QByteArray mimeTypeOf(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".html")))
        return QByteArrayLiteral("text/html; charset=utf-8");
    if (fileName.endsWith(QLatin1String(".js")))
        return QByteArrayLiteral("text/javascript; charset=utf-8");
    return QByteArrayLiteral("text/css; charset=utf-8");
}

} // namespace

LiveHttpServer::LiveHttpServer(const QString &webRoot, QObject *parent)
    : QAbstractHttpServer(parent)
{
    const QHash<QString, QString> paths = servedPaths();
    for (auto it = paths.cbegin(); it != paths.cend(); ++it) {
        QFile f(webRoot + it.value());
        if (f.open(QIODevice::ReadOnly))
            m_files.insert(it.key(), File{mimeTypeOf(it.value()), f.readAll()});
    }
}

QList<QPair<QByteArray, QByteArray>> LiveHttpServer::securityHeaders()
{
    return {
        {"Content-Security-Policy",
         "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
         "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"},
        {"X-Content-Type-Options", "nosniff"},
        {"Referrer-Policy", "no-referrer"},
        {"Cache-Control", "no-store"},
    };
}

QHash<QString, QString> LiveHttpServer::servedPaths()
{
    return {{QStringLiteral("/"), QStringLiteral("index.html")},
            {QStringLiteral("/app.js"), QStringLiteral("app.js")},
            {QStringLiteral("/style.css"), QStringLiteral("style.css")}};
}

void LiveHttpServer::respond(const QHttpServerRequest &request, QTcpSocket *socket,
                             QHttpServerResponder::StatusCode status, const QByteArray &mimeType,
                             const QByteArray &body)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    responder.writeStatusLine(status);
    for (const auto &header : securityHeaders())
        responder.writeHeader(header.first, header.second);
    responder.writeHeader(QByteArrayLiteral("Content-Type"), mimeType);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(body.size()));
    responder.writeBody(body);
}

bool LiveHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4 asks here before it hands a WebSocket upgrade to its QWebSocketServer: true
    // (and nothing written) lets it through, only at /ws.
    if (request.value(QByteArrayLiteral("upgrade")).compare(QByteArrayLiteral("websocket"), Qt::CaseInsensitive) == 0)
        return request.method() == QHttpServerRequest::Method::Get
                && request.url().path(QUrl::FullyEncoded) == QLatin1String("/ws") && request.url().query().isEmpty();
    const auto it = m_files.constFind(request.url().path(QUrl::FullyEncoded));
    if (request.method() != QHttpServerRequest::Method::Get || it == m_files.constEnd()
        || !request.url().query().isEmpty())
        return false;
    respond(request, socket, QHttpServerResponder::StatusCode::Ok, it->mimeType, it->body);
    return true;
}

void LiveHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    respond(request, socket, QHttpServerResponder::StatusCode::NotFound,
            QByteArrayLiteral("text/plain; charset=utf-8"), QByteArrayLiteral("Not found\n"));
}

} // namespace khien::live
