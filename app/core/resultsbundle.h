// Results bundles: one file that carries trainees' results from a classroom PC to the
// instructor's PC, signed with the class key (HMAC-SHA256) so that a tampered or truncated
// file is refused, and merged idempotently by attempt UUID.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace khien {

class Store;

// Largest bundle importBundle() reads, and most answers it accepts in one bundle.
inline constexpr qint64 maxBundleBytes = 50 * 1024 * 1024;
inline constexpr int maxBundleAnswers = 100000;

// The bundle of `traineeIds` (every trainee of the store when empty): the JSON document,
// then "\nhmac-sha256:<hex>\n" keyed with `classKey`. Empty with `error` set on failure.
[[nodiscard]] QByteArray exportBundle(const Store &store, const QStringList &traineeIds,
                                      const QByteArray &classKey, QString *error);

struct BundleImportReport
{
    QString error; // empty on success; when set, nothing was written
    int traineesAdded = 0;
    int attemptsAdded = 0;
    int attemptsAlreadyThere = 0;
    // Attempts whose id was already here with other content: both are kept, the bundle's
    // under a new id derived from the old one and its content (so a re-import finds it).
    int conflicts = 0;
    QStringList conflictNotes;
};

// Checks the tag and every field, then merges in one transaction: all or nothing.
[[nodiscard]] BundleImportReport importBundle(Store &store, const QByteArray &bundle,
                                              const QByteArray &classKey);

} // namespace khien
