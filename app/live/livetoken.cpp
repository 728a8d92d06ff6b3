#include "livetoken.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace khien::live {

QString newCode()
{
    const quint32 n = QRandomGenerator::system()->bounded(1000000u);
    return QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
}

QString newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), 8);
    return QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QByteArray tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace khien::live
