// The instructor passphrase: PBKDF2-HMAC-SHA256 over QMessageAuthenticationCode, its encoded
// form, the throttle and the lock kept in the store's settings.
#include "passphrase.h"

#include "constanttime.h"
#include "store.h"

#include <QCoreApplication>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace khien {

namespace {

struct PassphraseText
{
    Q_DECLARE_TR_FUNCTIONS(Passphrase)
public:
    //: %1 is a number (12)
    static QString tooShort(int n) { return tr("The passphrase needs at least %1 characters.").arg(n); }
    static QString alreadySet() { return tr("An instructor passphrase is already set."); }
    static QString notSet() { return tr("No instructor passphrase is set yet."); }
    static QString wrongOld() { return tr("The current passphrase is not correct."); }
    //: %1 is a number of seconds
    static QString tooSoon(qint64 s) { return tr("Too many wrong tries. Try again in %1 s.").arg(s); }
    static QString notSaved() { return tr("The passphrase could not be saved in the database."); }
};

const QString scheme = QStringLiteral("pbkdf2-sha256");
const QString keyHash = QStringLiteral("instructor.passphrase");
const QString keyFailures = QStringLiteral("instructor.failures");
const QString keyLastFailure = QStringLiteral("instructor.lastFailure");

constexpr int saltBytes = 16;
constexpr int hashBytes = 32; // SHA-256 output
// An encoded hash asking for more than this is not one we wrote: refuse it rather than spin.
constexpr int maxIterations = 10'000'000;
constexpr int maxSaltBytes = 1024;

QByteArray passphraseBytes(const QString &passphrase)
{
    return passphrase.normalized(QString::NormalizationForm_C).toUtf8();
}

QByteArray randomSalt()
{
    QByteArray salt(saltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return salt;
}

QString encode(int iterations, const QByteArray &salt, const QByteArray &hash)
{
    return QStringLiteral("%1$%2$%3$%4")
            .arg(scheme, QString::number(iterations), QString::fromLatin1(salt.toBase64()),
                 QString::fromLatin1(hash.toBase64()));
}

std::optional<QByteArray> strictBase64(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::Base64Encoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

int failureCount(const QString &stored)
{
    bool ok = false;
    const int n = stored.toInt(&ok);
    return ok ? std::max(n, 0) : 0;
}

// What is left at `now` of the delay after `failures` (as stored), the last at `lastFailure`.
std::chrono::seconds remainingWait(const QString &failures, const QString &lastFailure,
                                   const QDateTime &now)
{
    const std::chrono::seconds delay = delayAfterFailures(failureCount(failures));
    if (delay.count() == 0)
        return delay;
    const QDateTime last = QDateTime::fromString(lastFailure, Qt::ISODateWithMs);
    if (!last.isValid())
        return std::chrono::seconds{0};
    // A clock set back (last failure "in the future") does not lock anyone out for good:
    // whoever can set the clock back could set it forward just as well.
    const qint64 elapsedMs = last.msecsTo(now);
    if (elapsedMs < 0)
        return std::chrono::seconds{0};
    const qint64 leftMs = qint64(delay.count()) * 1000 - elapsedMs;
    return std::chrono::seconds{leftMs > 0 ? (leftMs + 999) / 1000 : 0};
}

} // namespace

QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt, int iterations,
                            int keyLength)
{
    if (iterations < 1 || keyLength < 1)
        return {};
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, password);
    QByteArray derived;
    derived.reserve(keyLength);
    for (quint32 block = 1; derived.size() < keyLength; ++block) {
        // U1 = PRF(P, S || INT(i)), INT big-endian.
        const char index[4] = {char(block >> 24), char(block >> 16), char(block >> 8), char(block)};
        mac.reset();
        mac.addData(salt);
        mac.addData(index, 4);
        QByteArray u = mac.result();
        QByteArray t = u;
        for (int i = 1; i < iterations; ++i) {
            mac.reset();
            mac.addData(u);
            u = mac.result();
            for (int k = 0; k < hashBytes; ++k)
                t[k] = char(t[k] ^ u[k]);
        }
        derived.append(t);
    }
    derived.truncate(keyLength);
    return derived;
}

QString hashPassphrase(const QString &passphrase, int iterations)
{
    iterations = std::clamp(iterations, 1, maxIterations);
    const QByteArray salt = randomSalt();
    return encode(iterations, salt,
                  pbkdf2HmacSha256(passphraseBytes(passphrase), salt, iterations, hashBytes));
}

bool verifyPassphrase(const QString &passphrase, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != scheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    // Digits only, as we write them: no sign, spaces or leading zeros.
    if (!ok || iterations < 1 || iterations > maxIterations
        || parts[1] != QString::number(iterations))
        return false;
    const auto salt = strictBase64(parts[2]);
    const auto expected = strictBase64(parts[3]);
    if (!salt || !expected || salt->size() > maxSaltBytes || expected->size() != hashBytes)
        return false;
    const QByteArray actual =
            pbkdf2HmacSha256(passphraseBytes(passphrase), *salt, iterations, hashBytes);
    return equalInConstantTime(actual, *expected);
}

QString passphraseProblem(const QString &passphrase)
{
    const auto length = passphrase.normalized(QString::NormalizationForm_C).toUcs4().size();
    if (length < minimumPassphraseLength)
        return PassphraseText::tooShort(minimumPassphraseLength);
    return {};
}

std::chrono::seconds delayAfterFailures(int consecutiveFailures)
{
    constexpr int free = 3;
    constexpr std::chrono::seconds cap{300};
    if (consecutiveFailures <= free)
        return std::chrono::seconds{0};
    const int exponent = consecutiveFailures - free;
    if (exponent >= 9) // 2^9 = 512 > cap; also keeps the shift in range
        return cap;
    return std::min(std::chrono::seconds{1LL << exponent}, cap);
}

bool InstructorLock::isSet() const
{
    return !m_store.setting(keyHash).isEmpty();
}

QString InstructorLock::setInitial(const QString &passphrase)
{
    if (isSet())
        return PassphraseText::alreadySet();
    if (QString problem = passphraseProblem(passphrase); !problem.isEmpty())
        return problem;
    if (!m_store.setSetting(keyHash, hashPassphrase(passphrase, m_iterations)) || !clearFailures())
        return PassphraseText::notSaved();
    return {};
}

QString InstructorLock::change(const QString &old, const QString &fresh, const QDateTime &now)
{
    if (!isSet())
        return PassphraseText::notSet();
    if (QString problem = passphraseProblem(fresh); !problem.isEmpty())
        return problem;
    switch (reserveTry(now)) {
    case Reservation::Granted:
        break;
    case Reservation::TooSoon:
        return PassphraseText::tooSoon(std::max<qint64>(waitRemaining(now).count(), 1));
    case Reservation::NotRecorded:
        return PassphraseText::notSaved();
    }
    if (!verifyPassphrase(old, m_store.setting(keyHash)))
        return PassphraseText::wrongOld();
    if (!m_store.setSetting(keyHash, hashPassphrase(fresh, m_iterations)) || !clearFailures())
        return PassphraseText::notSaved();
    return {};
}

InstructorLock::Check InstructorLock::unlock(const QString &passphrase, const QDateTime &now)
{
    const QString encoded = m_store.setting(keyHash);
    if (encoded.isEmpty())
        return Check::NotSet;
    switch (reserveTry(now)) {
    case Reservation::Granted:
        break;
    case Reservation::TooSoon:
        return Check::TooSoon;
    case Reservation::NotRecorded:
        return Check::NotRecorded;
    }
    if (!verifyPassphrase(passphrase, encoded))
        return Check::Wrong;
    // A failure count left behind would only make the next instructor wait; not worth failing.
    (void)clearFailures();
    return Check::Ok;
}

std::chrono::seconds InstructorLock::waitRemaining(const QDateTime &now) const
{
    return remainingWait(m_store.setting(keyFailures), m_store.setting(keyLastFailure), now);
}

int InstructorLock::consecutiveFailures() const
{
    return failureCount(m_store.setting(keyFailures));
}

bool InstructorLock::resetKeepingData()
{
    // Store has no way to delete a setting; an empty value reads as "not set".
    bool ok = m_store.setSetting(keyHash, QString());
    ok = m_store.setSetting(keyFailures, QString()) && ok;
    ok = m_store.setSetting(keyLastFailure, QString()) && ok;
    return ok;
}

InstructorLock::Reservation InstructorLock::reserveTry(const QDateTime &now)
{
    bool tooSoon = false;
    const auto before = m_store.updateSettings(
            {keyFailures, keyLastFailure}, [&](const Store::SettingValues &current) {
                const int failures = failureCount(current.value(keyFailures));
                tooSoon = remainingWait(current.value(keyFailures), current.value(keyLastFailure), now).count() > 0;
                if (tooSoon)
                    return Store::SettingValues{};
                return Store::SettingValues{
                        {keyFailures, QString::number(failures < 1'000'000 ? failures + 1 : failures)},
                        {keyLastFailure, now.toUTC().toString(Qt::ISODateWithMs)}};
            });
    if (!before)
        return Reservation::NotRecorded;
    return tooSoon ? Reservation::TooSoon : Reservation::Granted;
}

bool InstructorLock::clearFailures()
{
    bool ok = m_store.setSetting(keyFailures, QStringLiteral("0"));
    ok = m_store.setSetting(keyLastFailure, QString()) && ok;
    return ok;
}

} // namespace khien
