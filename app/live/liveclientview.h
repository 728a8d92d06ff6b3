// What Khiên on a room PC reads from a live session's server (protocol.md, "Server → client"):
// each frame checked against the schema and turned into a typed value. Every string in it came
// from the network: bounded, plain text, and no id is trusted to name something shown.
#pragma once

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace khien::live {

// Why the server refused something, or why the client gave up (typed: the UI words it).
enum class LiveError {
    None,
    WrongCode,   // error "code"
    Full,        // error "full"
    NameTaken,   // error "name"
    Rate,        // error "rate"
    Closed,      // error "closed"
    NotOpen,     // error "not-open"
    Answered,    // error "answered"
    Token,       // error "token": the session no longer knows this participant
    Storage,     // error "storage": not stored, may be sent again
    Schema,      // error "schema" (or an unknown "why")
    Unreachable, // nothing answered at the address
    Lost,        // the connection dropped and could not be resumed
};

struct LiveItem
{
    QString id;
    QString text;
    QString role; // red-flag parts only
};

struct LiveQuestion
{
    int n = 0;
    int total = 0;
    QString id;
    QString type;   // protocol.md's names: single, multiple, truefalse, ...
    QString prompt;
    QString promptAfter;      // missingword
    QString mock;             // redflags
    QList<LiveItem> items;    // options, ordering items, red-flag parts, matching left
    QList<LiveItem> rightItems; // matching: the right-hand sides
    QString stepText;         // scenario
    QList<LiveItem> choices;  // scenario
    QString consequence;      // scenario
    int stepNo = 0;           // scenario
};

// A `right` object: only the member of the question's type is set.
struct LiveRight
{
    QStringList ids;
    QStringList order;
    QHash<QString, QString> pairs;
    QString text;
    QString outcome;
};

struct LiveServerMessage
{
    enum class Kind { Joined, Question, Wait, Ack, Feedback, Reveal, End, Error, Pong };
    Kind kind = Kind::Pong;
    // joined
    QString token;
    QString name;
    QString lang;
    bool paced = true;
    // question
    LiveQuestion question;
    // ack, feedback, reveal
    int n = 0;
    // feedback, reveal
    bool correct = false;
    QString explanation;
    LiveRight right;
    // end
    double score = 0;
    double max = 0;
    // error
    LiveError error = LiveError::None;
};

// The server's frame limit (protocol.md): a larger frame is not read.
inline constexpr int maxLiveFrameBytes = 4096;

// The message in one text frame; nullopt (with the reason in `why`, for a log line) when it is
// too large, not JSON, of an unknown type, or does not follow the schema.
[[nodiscard]] std::optional<LiveServerMessage> readServerMessage(const QByteArray &frame, QString *why = nullptr);

// The `error` reason named `why` ("code", "full", ...); Schema for an unknown one.
[[nodiscard]] LiveError liveErrorFromWire(const QString &why);

} // namespace khien::live

Q_DECLARE_METATYPE(khien::live::LiveError)
Q_DECLARE_METATYPE(khien::live::LiveQuestion)
Q_DECLARE_METATYPE(khien::live::LiveServerMessage)
