// Results bundles (see resultsbundle.h): the class key, the integrity tag, gathering what
// to export through the Store, and the checks an import passes before anything is written.
#include "resultsbundle.h"

#include "bundlejson.h"
#include "classkey.h"
#include "constanttime.h"
#include "csvexport.h"
#include "store.h"
#include "storesql.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRegularExpression>

namespace khien {

namespace {

const QByteArray tagPrefix = QByteArrayLiteral("hmac-sha256:");
constexpr int tagHexLength = 64;

QByteArray tagOf(const QByteArray &json, const QByteArray &key)
{
    return QMessageAuthenticationCode::hash(json, key, QCryptographicHash::Sha256);
}

// The HMAC key of a class key as typed or stored; empty when it is not a key.
QByteArray hmacKey(const QString &classKey)
{
    const auto canonical = normalizeClassKey(classKey);
    return canonical ? classKeyBytes(*canonical) : QByteArray();
}

// The JSON of a bundle whose tag `key` confirms, or nullopt with `error` set.
std::optional<QByteArray> verifiedJson(const QByteArray &bundle, const QByteArray &key,
                                       QString &error)
{
    // The last line is "hmac-sha256:<64 hex digits>"; everything before its newline is JSON.
    const qsizetype tagLine = tagPrefix.size() + tagHexLength + 1;
    const qsizetype jsonEnd = bundle.size() - tagLine - 1;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    const QByteArray tagHex = bundle.mid(jsonEnd + 1 + tagPrefix.size(), tagHexLength);
    if (jsonEnd < 0 || bundle.at(jsonEnd) != '\n' || !bundle.endsWith('\n')
        || bundle.mid(jsonEnd + 1, tagPrefix.size()) != tagPrefix
        || !hex.match(QString::fromLatin1(tagHex)).hasMatch()) {
        error = ResultsBundle::tr("The bundle has no integrity tag: it is incomplete or not a "
                                  "results bundle.");
        return std::nullopt;
    }
    const QByteArray json = bundle.left(jsonEnd);
    if (!equalInConstantTime(tagOf(json, key), QByteArray::fromHex(tagHex))) {
        error = ResultsBundle::tr("The bundle's integrity check failed: it was changed after "
                                  "export, or it was signed with another class key.");
        return std::nullopt;
    }
    return json;
}

// When each trainee first read each lesson: trainee id -> lessons.
QHash<QString, QVector<BundleLesson>> lessonsRead(const Store &store, QString &error)
{
    QHash<QString, QVector<BundleLesson>> result;
    const auto readings = store.lessonReadings();
    if (!readings) {
        error = store.lastError();
        return result;
    }
    for (const LessonRead &r : *readings)
        result[r.traineeId].append({r.moduleId, r.lessonId, r.firstReadAt});
    return result;
}

} // namespace

QByteArray exportBundle(const Store &store, const QStringList &traineeIds,
                        const QString &classKey, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    const QByteArray key = hmacKey(classKey);
    if (key.isEmpty())
        return fail(ResultsBundle::tr("This is not a class key: a class key has 32 letters "
                                      "and digits, as the instructor's PC shows it."));
    if (!store.isOpen())
        return fail(ResultsBundle::tr("The database is not open."));
    QVector<Trainee> chosen;
    if (traineeIds.isEmpty()) {
        chosen = store.trainees();
    } else {
        for (const QString &id : traineeIds) {
            const auto t = store.trainee(id);
            if (!t)
                return fail(ResultsBundle::tr("There is no trainee %1.").arg(id));
            chosen.append(*t);
        }
    }
    QString detail;
    const auto lessons = lessonsRead(store, detail);
    if (!detail.isEmpty())
        return fail(ResultsBundle::tr("The lesson progress could not be read (%1).").arg(detail));
    QVector<BundleTrainee> trainees;
    for (const Trainee &t : chosen) {
        BundleTrainee bt{t, lessons.value(t.id), {}};
        for (const AttemptRecord &r : store.attempts(t.id))
            bt.attempts.append({r, store.answers(r.id), store.decisions(r.id)});
        trainees.append(bt);
    }
    const QByteArray json = bundleJson(trainees);
    return json + '\n' + tagPrefix + tagOf(json, key).toHex() + '\n';
}

BundleImportReport importBundle(Store &store, const QByteArray &bundle,
                                const ClassRecord &intoClass)
{
    BundleImportReport report;
    QString &error = report.error;
    const QByteArray key = hmacKey(intoClass.bundleKey);
    if (key.isEmpty()) {
        error = ResultsBundle::tr("The class \"%1\" has no valid key.").arg(intoClass.name);
        return report;
    }
    if (bundle.size() > maxBundleBytes) {
        error = ResultsBundle::tr("The bundle is larger than %1 MB.").arg(maxBundleBytes >> 20);
        return report;
    }
    const auto json = verifiedJson(bundle, key, error);
    const auto trainees = json ? readBundleJson(*json, error) : std::nullopt;
    if (!trainees)
        return report;
    if (!store.isOpen()) {
        error = ResultsBundle::tr("The database is not open.");
        return report;
    }
    if (!store.classById(intoClass.id)) {
        error = ResultsBundle::tr("The class \"%1\" is not in this database.").arg(intoClass.name);
        return report;
    }
    QString detail;
    if (!store.mergeBundle(*trainees, intoClass.id, report, detail)) {
        report = BundleImportReport();
        report.error = ResultsBundle::tr("The bundle could not be merged; nothing was changed "
                                         "(%1).").arg(detail);
    }
    return report;
}

std::optional<QByteArray> readBundleFile(const QString &path, QString *error)
{
    QFile file(path);
    QString problem;
    if (!file.open(QIODevice::ReadOnly))
        problem = ResultsBundle::tr("Cannot open %1: %2").arg(path, file.errorString());
    else if (file.size() > maxBundleBytes)
        problem = ResultsBundle::tr("The bundle is larger than %1 MB.").arg(maxBundleBytes >> 20);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    // Read one byte more than allowed: a file that grew meanwhile is still refused.
    return file.read(maxBundleBytes + 1);
}

bool writeBundleFile(const QString &path, const QByteArray &bundle, QString *error)
{
    return writeAtomically(path, bundle, error);
}

} // namespace khien
