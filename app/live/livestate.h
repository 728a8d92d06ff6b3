// What survives the instructor's app being killed: the live session and its participants'
// token hashes (never a token), kept as one JSON value in the settings table under
// "live/session". The answers themselves are ordinary attempts in the store.
#pragma once

#include "livesession.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace khien::live {

inline constexpr auto stateKey = "live/session";

struct LiveState
{
    struct Member
    {
        QByteArray tokenHash; // hex SHA-256
        QString traineeId;
        QString name;
        QString lang;
    };
    QString id;
    QString code;
    QString classId;
    QString moduleId;
    LivePacing pacing = LivePacing::Paced;
    quint32 seed = 0;
    int current = -1;
    bool revealed = false;
    int port = 0; // where it listened: a resumed session listens there again when it can
    QString startedAt;
    QVector<Member> members;
};

// The saved session; nullopt when there is none or it cannot be read.
[[nodiscard]] std::optional<LiveState> readState(const Store &store);
// Writes `state` in one transaction; false when nothing was stored.
[[nodiscard]] bool writeState(Store &store, const LiveState &state);
// Removes the saved session; false when the write failed.
[[nodiscard]] bool clearState(Store &store);

} // namespace khien::live
