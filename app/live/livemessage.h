// The messages of protocol.md as values: a strict reader for what participants send (exact
// fields, exact types, size limits) and writers for what the server sends.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace khien::live {

inline constexpr int maxMessageBytes = 4096;
inline constexpr int maxRawNameLength = 200; // before cleaning; the cleaned name is <= 60
inline constexpr int maxParticipantNameLength = 60;

struct ClientMessage
{
    enum class Kind { Join, Resume, Answer, Lang, Ping };
    Kind kind = Kind::Ping;
    QString code;       // join
    QString name;       // join, as sent
    QString lang;       // join, lang: "vi" or "en"
    QString token;      // resume
    QString questionId; // answer
    int index = -1;     // answer
    QJsonObject answer; // answer: checked against the question by livequestionview.h
};

// nullopt when `text` breaks the schema: too long, not a JSON object, unknown "t", a missing
// or extra field, a wrong type or an unsupported language.
[[nodiscard]] std::optional<ClientMessage> readClientMessage(const QString &text);

// {"t": type, ...fields} as compact JSON.
[[nodiscard]] QString serverMessage(const QString &type, QJsonObject fields = {});
[[nodiscard]] QString errorMessage(const QString &why);

} // namespace khien::live
