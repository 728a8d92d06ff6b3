// Test helpers for the live server: a participant on a QWebSocket that keeps what it receives,
// a raw HTTP GET, and a fixture with a store, a class and a loaded test pack.
#pragma once

#include "contentloader.h"
#include "livesession.h"
#include "store.h"
#include "testpack.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

namespace livetest {

class Client
{
public:
    explicit Client(int port, const QString &path = QStringLiteral("/ws"))
    {
        QObject::connect(&ws, &QWebSocket::textMessageReceived, [this](const QString &m) {
            inbox.append(QJsonDocument::fromJson(m.toUtf8()).object());
        });
        QObject::connect(&ws, &QWebSocket::disconnected, [this] { closed = true; });
        ws.open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
    }
    bool waitConnected() { return QTest::qWaitFor([this] { return ws.state() == QAbstractSocket::ConnectedState || closed; }, 5000) && !closed; }
    void send(const QJsonObject &o) { ws.sendTextMessage(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))); }
    void sendRaw(const QString &text) { ws.sendTextMessage(text); }
    // The first message of type `t` (dropping those before it); empty after `ms` without one.
    QJsonObject take(const QString &t, int ms = 3000)
    {
        QJsonObject found;
        (void)QTest::qWaitFor([&] {
            for (int i = 0; i < inbox.size(); ++i)
                if (inbox.at(i).value(QLatin1String("t")).toString() == t) {
                    found = inbox.at(i);
                    inbox = inbox.mid(i + 1);
                    return true;
                }
            return false;
        }, ms);
        return found;
    }
    // The next message whatever its type; empty when none comes.
    QJsonObject next(int ms = 3000)
    {
        (void)QTest::qWaitFor([this] { return !inbox.isEmpty(); }, ms);
        return inbox.isEmpty() ? QJsonObject() : inbox.takeFirst();
    }
    bool waitClosed(int ms = 3000) { return QTest::qWaitFor([this] { return closed; }, ms); }
    void join(const QString &code, const QString &name, const QString &lang = QStringLiteral("en"))
    {
        send({{"t", "join"}, {"code", code}, {"name", name}, {"lang", lang}});
    }
    void answer(const QJsonObject &question, const QJsonObject &a)
    {
        send({{"t", "answer"}, {"q", question.value("q").toObject().value("id")}, {"n", question.value("n")}, {"a", a}});
    }

    QWebSocket ws;
    QList<QJsonObject> inbox;
    bool closed = false;
};

// A valid answer object to a `question` message, whatever its type: the first of everything
// (the score does not matter to these tests).
inline QJsonObject firstAnswer(const QJsonObject &question)
{
    const QJsonObject q = question.value("q").toObject();
    const QString type = q.value("type").toString();
    auto firstId = [&](const char *list) { return q.value(QLatin1String(list)).toArray().at(0).toObject().value("id"); };
    auto allIds = [&](const char *list) {
        QJsonArray ids;
        for (const QJsonValue &v : q.value(QLatin1String(list)).toArray())
            ids.append(v.toObject().value("id"));
        return ids;
    };
    if (type == QLatin1String("ordering"))
        return {{"order", allIds("items")}};
    if (type == QLatin1String("matching")) {
        QJsonObject pairs;
        const QJsonArray left = allIds("left"), right = allIds("right");
        for (int i = 0; i < left.size(); ++i)
            pairs.insert(left.at(i).toString(), right.at(i));
        return {{"pairs", pairs}};
    }
    if (type == QLatin1String("redflags"))
        return {{"ids", QJsonArray{firstId("parts")}}};
    if (type == QLatin1String("scenario"))
        return {{"choice", q.value("step").toObject().value("choices").toArray().at(0).toObject().value("id")}};
    if (type == QLatin1String("shortanswer") || type == QLatin1String("numeric"))
        return {{"text", "1"}};
    return {{"ids", QJsonArray{firstId("options")}}};
}

// A raw HTTP/1.1 request line to the server (in this thread: waits with the event loop
// running): the whole response, headers and body; empty when nothing answered.
inline QByteArray rawHttp(int port, const QByteArray &requestLine)
{
    QTcpSocket s;
    QByteArray all;
    bool done = false;
    QObject::connect(&s, &QTcpSocket::readyRead, [&] { all += s.readAll(); });
    QObject::connect(&s, &QTcpSocket::disconnected, [&] { done = true; });
    QObject::connect(&s, &QTcpSocket::errorOccurred, [&] { done = true; });
    QObject::connect(&s, &QTcpSocket::connected, [&] {
        s.write(requestLine + "\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    });
    s.connectToHost(QHostAddress::LocalHost, quint16(port));
    // Done when the server closes, or once the body named by Content-Length is in.
    auto complete = [&] {
        const qsizetype end = all.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        const QByteArray head = all.left(end).toLower();
        const qsizetype at = head.indexOf("content-length:");
        const qsizetype eol = head.indexOf("\r\n", at);
        const int length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toInt();
        return at >= 0 && all.size() - end - 4 >= length;
    };
    (void)QTest::qWaitFor([&] { return done || complete(); }, 3000);
    return all;
}

// True when nothing listens on `port` any more.
inline bool portClosed(int port)
{
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, quint16(port));
    return QTest::qWaitFor([&] { return s.state() == QAbstractSocket::UnconnectedState; }, 3000)
            && s.error() == QAbstractSocket::ConnectionRefusedError;
}

struct Fixture
{
    explicit Fixture(const QString &pack = QStringLiteral("good"))
    {
        const khien::PackLoadResult r = khien::loadPack(testpack::dataDir() + QStringLiteral("/packs/") + pack);
        if (r.course)
            course = *r.course;
        ok = r.course.has_value() && store.open(dir.filePath(QStringLiteral("live.sqlite"))) == khien::Store::OpenError::None;
        const auto cls = ok ? store.createClass(QStringLiteral("Room 1")) : std::nullopt;
        ok = ok && cls;
        if (cls)
            classId = cls->id;
        // The page's three files, so the HTTP side has something to serve.
        QDir().mkpath(dir.filePath(QStringLiteral("web")));
        for (const char *f : {"index.html", "app.js", "style.css"}) {
            QFile file(dir.filePath(QStringLiteral("web/") + QLatin1String(f)));
            ok = ok && file.open(QIODevice::WriteOnly) && file.write(QByteArray("file ") + f) > 0;
        }
    }
    khien::LiveConfig config(const QString &moduleId, khien::LivePacing pacing) const
    {
        khien::LiveConfig c;
        c.classId = classId;
        c.moduleId = moduleId;
        c.pacing = pacing;
        c.webRoot = dir.filePath(QStringLiteral("web/"));
        return c;
    }

    QTemporaryDir dir;
    khien::Store store;
    khien::Course course;
    QString classId;
    bool ok = false;
};

} // namespace livetest
