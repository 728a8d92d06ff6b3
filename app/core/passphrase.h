// The instructor passphrase: a salted, slow hash (PBKDF2-HMAC-SHA256, RFC 8018), the rules a
// new passphrase must meet, and the lock that keeps instructor screens shut, slowing down
// guesses. Qt Core only; the passphrase itself is never stored or logged.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <chrono>

namespace khien {

class Store;

inline constexpr int defaultPassphraseIterations = 210000;
inline constexpr int minimumPassphraseLength = 12; // characters (code points, after NFC)

// PBKDF2 with HMAC-SHA256 (RFC 8018 §5.2): `keyLength` bytes derived from `password` and
// `salt`. Empty when iterations < 1 or keyLength < 1.
[[nodiscard]] QByteArray pbkdf2HmacSha256(const QByteArray &password, const QByteArray &salt,
                                          int iterations, int keyLength);

// "pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>", with a fresh 16-byte salt.
// The passphrase is normalised to NFC first: Vietnamese typed through different input
// methods arrives composed or decomposed, and both must unlock.
[[nodiscard]] QString hashPassphrase(const QString &passphrase,
                                     int iterations = defaultPassphraseIterations);
// Whether `passphrase` matches `encoded` (compared in constant time). False for anything
// malformed, including iteration counts too large to be ours.
[[nodiscard]] bool verifyPassphrase(const QString &passphrase, const QString &encoded);
// Why `passphrase` cannot be used, in the UI language; empty when it can.
[[nodiscard]] QString passphraseProblem(const QString &passphrase);

// How long to wait before the next try after `consecutiveFailures` wrong ones: nothing for
// the first 3, then 2, 4, 8 ... seconds, at most 5 minutes.
[[nodiscard]] std::chrono::seconds delayAfterFailures(int consecutiveFailures);

// Instructor mode's lock, kept in the store's settings: the hash, the number of wrong tries
// in a row and when the last one was. The Store must outlive the lock.
//
// Forgotten passphrase: resetKeepingData() removes the passphrase (and the failure count)
// and nothing else; every trainee, attempt and setting stays. The next instructor sets a new
// passphrase on first use. Offer it only where a trainee cannot reach it (the CLI, run by
// whoever administers the PC): anyone who can reset can then become the instructor.
class InstructorLock
{
public:
    // NotRecorded: the try could not be counted in the database, so it was not checked.
    enum class Check { Ok, Wrong, TooSoon, NotSet, NotRecorded };

    explicit InstructorLock(Store &store, int iterations = defaultPassphraseIterations)
        : m_store(store), m_iterations(iterations)
    {
    }

    [[nodiscard]] bool isSet() const;
    // Sets the first passphrase. An error message (UI language), empty on success; refused
    // when one is already set or the passphrase breaks the rules.
    [[nodiscard]] QString setInitial(const QString &passphrase);
    // Replaces the passphrase; needs the current one. A wrong `old` counts as a failed try
    // and is throttled like unlock().
    [[nodiscard]] QString change(const QString &old, const QString &fresh,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());
    // TooSoon (without checking the passphrase) while the delay after the last failure runs.
    [[nodiscard]] Check unlock(const QString &passphrase, const QDateTime &now);
    // What is left of the current delay at `now`; zero when a try is allowed.
    [[nodiscard]] std::chrono::seconds waitRemaining(const QDateTime &now) const;
    [[nodiscard]] int consecutiveFailures() const;
    // The deliberate reset described above. False when the store could not be written.
    bool resetKeepingData();

private:
    enum class Reservation { Granted, TooSoon, NotRecorded };
    // Counts a try as failed before the slow check, in one write transaction, unless the
    // delay after the last failure still runs: tries made at once by several processes are
    // each counted and each throttled (a check-then-record gave 20 parallel guesses 10 counts).
    // A try that turns out right clears the count.
    Reservation reserveTry(const QDateTime &now);
    bool clearFailures();

    Store &m_store;
    int m_iterations;
};

} // namespace khien
