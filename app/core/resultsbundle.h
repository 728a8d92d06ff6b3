// Results bundles: one file that carries trainees' results (attempts, answers, scenario
// decisions, lessons read) from a classroom PC to the instructor's PC. It is signed with the
// class's key (HMAC-SHA256, classkey.h), so a tampered, truncated or foreign file is refused,
// and merged idempotently by attempt UUID. The JSON inside is described in bundlejson.h.
// resultsbundle.cpp: keys, tag, files; bundlejson*.cpp: the JSON; bundlemerge.cpp: the merge.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace khien {

class Store;
struct ClassRecord;

// Translation context of every message about bundles.
class ResultsBundle
{
    Q_DECLARE_TR_FUNCTIONS(ResultsBundle)
};

// Largest bundle importBundle() reads, and most answers it accepts in one bundle.
inline constexpr qint64 maxBundleBytes = 50 * 1024 * 1024;
inline constexpr int maxBundleAnswers = 100000;

// The bundle of `traineeIds` (every trainee of the store when empty): the JSON document,
// then "\nhmac-sha256:<hex>\n" keyed with the class key, which may be given as typed
// (normalizeClassKey). Empty with `error` set on failure (an invalid key included).
[[nodiscard]] QByteArray exportBundle(const Store &store, const QStringList &traineeIds,
                                      const QString &classKey, QString *error);

struct BundleImportReport
{
    QString error; // empty on success; when set, nothing was written
    int traineesAdded = 0;
    int traineesJoinedClass = 0; // bundle's trainees who were not yet members of the class
    int attemptsAdded = 0;
    int attemptsAlreadyThere = 0;
    int lessonsAdded = 0;
    // Lessons already read here; each keeps the earlier of the two first-read times.
    int lessonsAlreadyThere = 0;
    // Attempts whose id was already here with other content: both are kept, the bundle's
    // under a new id derived from the old one and its content (so a re-import finds it).
    int conflicts = 0;
    QStringList conflictNotes;
};

// Checks the tag against `intoClass.bundleKey`, then every field; then, in one transaction
// (all or nothing), merges the bundle and makes each of its trainees a member of `intoClass`.
[[nodiscard]] BundleImportReport importBundle(Store &store, const QByteArray &bundle,
                                              const ClassRecord &intoClass);

// A bundle file's bytes; refuses a file larger than maxBundleBytes without reading it.
[[nodiscard]] std::optional<QByteArray> readBundleFile(const QString &path, QString *error);
// Writes through QSaveFile: the file is complete or untouched, never half written.
[[nodiscard]] bool writeBundleFile(const QString &path, const QByteArray &bundle,
                                   QString *error);

} // namespace khien
