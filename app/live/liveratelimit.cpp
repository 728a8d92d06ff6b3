#include "liveratelimit.h"

namespace khien::live {

bool RateWindow::allow(qint64 nowMs)
{
    if (m_times.size() < m_limit) {
        m_times.append(nowMs);
        return true;
    }
    // m_next is the oldest of the last `limit` events.
    if (nowMs - m_times.at(m_next) < m_windowMs)
        return false;
    m_times[m_next] = nowMs;
    m_next = (m_next + 1) % m_limit;
    return true;
}

AddressLimits::Entry &AddressLimits::entry(const QHostAddress &address, qint64 nowMs)
{
    const QString key = address.toString();
    if (!m_entries.contains(key) && m_entries.size() >= maxAddresses) {
        // Forget addresses not seen for the longest windows; a full table of live ones
        // (a flood of spoofed addresses) drops the oldest.
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it)
            if (it->lastSeen < oldest->lastSeen)
                oldest = it;
        m_entries.erase(oldest);
    }
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        it = m_entries.insert(key, Entry(m_joinsPerMinute));
    Entry &e = *it;
    e.lastSeen = nowMs;
    return e;
}

bool AddressLimits::allowJoin(const QHostAddress &address, qint64 nowMs)
{
    Entry &e = entry(address, nowMs);
    if (nowMs < e.lockedUntil)
        return false;
    return e.joins.allow(nowMs);
}

void AddressLimits::wrongCode(const QHostAddress &address, qint64 nowMs)
{
    Entry &e = entry(address, nowMs);
    if (!e.wrong.allow(nowMs))
        e.lockedUntil = nowMs + lockOutMs;
}

bool AddressLimits::isLockedOut(const QHostAddress &address, qint64 nowMs) const
{
    const auto it = m_entries.constFind(address.toString());
    return it != m_entries.constEnd() && nowMs < it->lockedUntil;
}

} // namespace khien::live
