// Where a room PC finds a live session: typed as "192.168.1.10:41234" or pasted as the join URL
// "http://192.168.1.10:41234/#c=391907". Parsed strictly: an IPv4 address or a host name and a
// port, scheme http only, no user, no path beyond "/", no query; nothing else is accepted.
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace khien::live {

struct LiveAddress
{
    QString host;
    quint16 port = 0;
    QString code; // from a join URL's "#c=CODE", else empty

    [[nodiscard]] QUrl socketUrl() const; // ws://HOST:PORT/ws
    [[nodiscard]] QString display() const { return host + QLatin1Char(':') + QString::number(port); }
};

inline constexpr int maxLiveAddressLength = 300;

[[nodiscard]] std::optional<LiveAddress> parseLiveAddress(const QString &typed);

// The session code as typed from the projector ("391 907"): six digits, spaces allowed between;
// empty when it is not that.
[[nodiscard]] QString normalizeLiveCode(const QString &typed);

} // namespace khien::live
