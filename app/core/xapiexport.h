// Trainees' quiz results as xAPI 1.0.3 statements (a JSON array), for an organisation's
// Learning Record Store. Per answer an "answered" statement about the question; per finished,
// not abandoned attempt a "completed" and a "passed" or "failed" statement about the quiz.
// The actor is an account (https://khien.org/trainee, trainee id) with the display name:
// no e-mail is needed or sent. Activity ids are stable IRIs built from content ids, so the
// same question has the same id on every PC and in every export.
#pragma once

#include <QJsonArray>
#include <QString>
#include <QStringList>

namespace khien {

class CourseCatalog;
class Store;

struct XapiExport
{
    QJsonArray statements;
    int skippedTrainees = 0; // ids not in the store
    int skippedAttempts = 0; // their module is in no loaded course: its course id is unknown
};

// Statements for every attempt of each trainee in `traineeIds`, trainee by trainee, oldest
// attempt first, each attempt's answers in the order shown. Each statement gets a new
// random (v4) UUID, so exporting twice gives different ids.
[[nodiscard]] XapiExport exportXapi(const Store &store, const CourseCatalog &catalog,
                                    const QStringList &traineeIds);
[[nodiscard]] QJsonArray xapiStatements(const Store &store, const CourseCatalog &catalog,
                                        const QStringList &traineeIds);

// https://khien.org/xapi/activities/<course>/<module>/<quiz>[/<question>]; fewer parts give
// the course's or module's id.
[[nodiscard]] QString xapiActivityId(const QString &courseId, const QString &moduleId = {},
                                     const QString &quizId = {}, const QString &questionId = {});

// ISO 8601 duration, as xAPI wants it: 12500 -> "PT12.5S", 3723000 -> "PT1H2M3S", 0 -> "PT0S";
// millisecond precision; negative counts as 0.
[[nodiscard]] QString isoDuration(qint64 ms);

} // namespace khien
