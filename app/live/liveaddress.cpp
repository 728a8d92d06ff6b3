#include "liveaddress.h"

#include <QHostAddress>
#include <QStringList>

namespace khien::live {

namespace {

bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool validLabel(const QString &label)
{
    if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-')) || label.endsWith(QLatin1Char('-')))
        return false;
    for (const QChar c : label)
        if (!(isDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
              || c == QLatin1Char('-')))
            return false;
    return true;
}

// An IPv4 address in dotted decimal, or a host name of letters, digits and hyphens.
bool validHost(const QString &host)
{
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    bool allNumeric = true;
    for (const QString &label : labels) {
        if (!validLabel(label))
            return false;
        for (const QChar c : label)
            allNumeric = allNumeric && isDigit(c);
    }
    if (!allNumeric)
        return !isDigit(labels.last().at(0)); // "1.2.3.x1" is neither an address nor a name
    QHostAddress address;
    return labels.size() == 4 && address.setAddress(host) && address.protocol() == QAbstractSocket::IPv4Protocol
           && address.toString() == host; // no leading zeros, each part 0..255
}

std::optional<quint16> portOf(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text)
        if (!isDigit(c))
            return std::nullopt;
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

} // namespace

QUrl LiveAddress::socketUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("ws"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/ws"));
    return url;
}

std::optional<LiveAddress> parseLiveAddress(const QString &typed)
{
    if (typed.size() > maxLiveAddressLength)
        return std::nullopt;
    QString rest = typed.trimmed();
    LiveAddress result;
    const QLatin1String scheme("http://");
    if (rest.startsWith(scheme, Qt::CaseInsensitive)) {
        rest = rest.mid(scheme.size());
        const qsizetype hash = rest.indexOf(QLatin1Char('#'));
        if (hash >= 0) {
            const QString fragment = rest.mid(hash + 1);
            rest = rest.left(hash);
            if (!fragment.startsWith(QLatin1String("c=")))
                return std::nullopt;
            result.code = normalizeLiveCode(fragment.mid(2));
            if (result.code.isEmpty())
                return std::nullopt;
        }
        if (rest.endsWith(QLatin1Char('/')))
            rest.chop(1);
    } else if (rest.contains(QLatin1String("://"))) {
        return std::nullopt; // https, ws, file, ...: not a live session's address
    }
    const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString host = rest.left(colon);
    const auto port = portOf(rest.mid(colon + 1));
    if (!port || !validHost(host))
        return std::nullopt;
    result.host = host.toLower();
    result.port = *port;
    return result;
}

QString normalizeLiveCode(const QString &typed)
{
    if (typed.size() > 20)
        return {};
    QString digits;
    for (const QChar c : typed) {
        if (c == QLatin1Char(' '))
            continue;
        if (!isDigit(c))
            return {};
        digits.append(c);
    }
    return digits.size() == 6 ? digits : QString();
}

} // namespace khien::live
