// The JSON inside a results bundle (resultsbundle.h): the values it carries, writing them
// (bundlejson.cpp) and reading them back with every field checked (bundlejsonread.cpp).
//
// Format 2, one compact UTF-8 JSON object; times are ISO 8601 UTC with milliseconds,
// ids of trainees and attempts are lower-case UUIDs, content ids match [a-z0-9-]{1,64}:
//   {"type": "khien-results", "format": 2, "exportedAt": time,
//    "trainees": [{"id", "displayName" (1..100 chars), "groupCode", "createdAt",
//      "lessons": [{"moduleId", "lessonId", "firstReadAt"}],
//      "attempts": [{"id", "traineeId", "moduleId", "quizId", "contentVersion", "language",
//        "passPercent" 0..100, "startedAt", "finishedAt" (time or null), "score" (the sum
//        of the answers' points), "maxScore", "answeredCount" (the number of answers),
//        "passed", "seed" 0..2^32-1, "mode", "questionOrder": [question ids], "abandoned",
//        "answers": [{"attemptId", "questionId", "questionType", "chosen": [option ids],
//          "correct", "points", "maxPoints", "timeTakenMs", "language", "contentVersion",
//          "answeredAt", "position"}],
//        "decisions": [{"attemptId", "questionId", "seq", "stepId", "choiceId", "points",
//          "decidedAt"}]}]}]}
// followed by "\nhmac-sha256:<64 lower-case hex digits>\n", the HMAC of the JSON bytes.
// A reader refuses any other "type" or "format", and any field missing or of another type.
#pragma once

#include "storerecords.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

namespace khien {

inline constexpr int bundleFormat = 2;

struct BundleAttempt
{
    AttemptRecord record;
    QVector<AnswerRecord> answers;
    QVector<DecisionRecord> decisions;
};

struct BundleLesson
{
    QString moduleId, lessonId;
    QDateTime firstReadAt;
};

struct BundleTrainee
{
    Trainee trainee;
    QVector<BundleLesson> lessons;
    QVector<BundleAttempt> attempts;
};

// The bundle's JSON document, compact.
[[nodiscard]] QByteArray bundleJson(const QVector<BundleTrainee> &trainees);

// The trainees of a bundle's JSON (its tag already checked), or nullopt with `error` set.
[[nodiscard]] std::optional<QVector<BundleTrainee>> readBundleJson(const QByteArray &json,
                                                                   QString &error);

// What two attempts with one id must share to be the same attempt: everything stored, in a
// fixed order, without the id itself and without what the store derives from the answers.
[[nodiscard]] QByteArray attemptContent(BundleAttempt attempt);

} // namespace khien
