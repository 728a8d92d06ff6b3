// One participant of a live session and one open WebSocket, as LiveSession keeps them.
#pragma once

#include "attemptrecorder.h"
#include "liveratelimit.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QWebSocket>

#include <optional>

namespace khien::live {

struct Participant
{
    QByteArray tokenHash;
    QString traineeId;
    QString name; // cleaned
    QString lang;
    std::optional<AttemptRecorder> recorder; // empty once the attempt cannot go on
    QPointer<QWebSocket> socket;             // the connection now, if any
    qint64 shownAtMs = 0;                    // when the current question was sent
    QString consequence;                     // scenario: of the last choice
    bool finished = false;
};

struct Connection
{
    static constexpr int messagesPerWindow = 20;
    static constexpr qint64 windowMs = 10 * 1000;
    static constexpr int schemaErrorsBeforeClose = 3;

    QHostAddress address;
    RateWindow messages{messagesPerWindow, windowMs};
    int schemaErrors = 0;
    qint64 lastMessageMs = 0;
    Participant *participant = nullptr; // set by join or resume
};

} // namespace khien::live
