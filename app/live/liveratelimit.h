// The live server's limits on what one socket or one network address may try: messages per
// socket in a sliding window, join attempts per address, and a lock-out after wrong codes.
// Times are passed in (milliseconds, monotonic) so tests need no sleeping.
#pragma once

#include <QHash>
#include <QHostAddress>
#include <QVector>

namespace khien::live {

// At most `limit` events in any `windowMs`; constant memory per instance.
class RateWindow
{
public:
    RateWindow(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}
    // Counts an event at `nowMs`; false when it goes over the limit (then it is not counted).
    bool allow(qint64 nowMs);

private:
    int m_limit;
    qint64 m_windowMs;
    QVector<qint64> m_times; // ring of the last `limit` accepted events
    int m_next = 0;
};

class AddressLimits
{
public:
    explicit AddressLimits(int joinsPerMinute = 10) : m_joinsPerMinute(joinsPerMinute) {}

    static constexpr int wrongCodesBeforeLockOut = 5;
    static constexpr qint64 lockOutMs = 60 * 1000;
    static constexpr int maxAddresses = 4096; // forgets the oldest entries beyond this

    // A join or resume attempt from `address`; false when refused (rate or locked out).
    bool allowJoin(const QHostAddress &address, qint64 nowMs);
    // A wrong code from `address`; the fifth within the lock-out time locks it out.
    void wrongCode(const QHostAddress &address, qint64 nowMs);
    [[nodiscard]] bool isLockedOut(const QHostAddress &address, qint64 nowMs) const;

private:
    struct Entry
    {
        explicit Entry(int joinsPerMinute = 10) : joins(joinsPerMinute, 60 * 1000) {}
        RateWindow joins;
        RateWindow wrong{wrongCodesBeforeLockOut - 1, lockOutMs};
        qint64 lockedUntil = 0;
        qint64 lastSeen = 0;
    };
    Entry &entry(const QHostAddress &address, qint64 nowMs);
    int m_joinsPerMinute;
    QHash<QString, Entry> m_entries;
};

} // namespace khien::live
