// A database connection of the results-bundle code's own to the store's file, for what the
// Store's API does not offer: the merge's single transaction, and reading when lessons were
// first read. Closed and removed when it goes out of scope.
#pragma once

#include <QString>

namespace khien {

class BundleConnection
{
public:
    explicit BundleConnection(const QString &path);
    ~BundleConnection();
    BundleConnection(const BundleConnection &) = delete;
    BundleConnection &operator=(const BundleConnection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] QString name() const { return m_name; }
    [[nodiscard]] QString error() const { return m_error; } // why it did not open

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace khien
