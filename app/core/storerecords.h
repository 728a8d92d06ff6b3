// Rows of Khiên's database as plain values: what the store reads and writes.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace khien {

struct Trainee
{
    QString id; // UUID, without braces
    QString displayName;
    QString groupCode; // optional class/group code, may be empty
    QDateTime createdAt;
};

struct AttemptRecord
{
    QString id; // UUID, without braces
    QString traineeId;
    QString moduleId;
    QString quizId;
    QString contentVersion;
    QString language; // "vi" or "en" when the attempt started
    int passPercent = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid while the attempt is unfinished (or was interrupted)
    double score = 0;     // points so far (sum over answers)
    double maxScore = 0;  // points possible in the whole quiz
    int answeredCount = 0;
    bool passed = false;  // meaningful only when finished

    [[nodiscard]] bool isFinished() const { return finishedAt.isValid(); }
};

struct AnswerRecord
{
    QString attemptId;
    QString questionId;
    QString questionType; // "single", "multiple", "truefalse"
    QStringList chosen;   // option ids, in the order shown
    bool correct = false;
    double points = 0;
    double maxPoints = 1;
    qint64 timeTakenMs = 0;
    QString language;       // language the question was shown in
    QString contentVersion; // course version the question came from
    QDateTime answeredAt;
    int position = 0; // the question's place in the attempt as shown (0-based)
};

struct ModuleProgress
{
    QString moduleId;
    int lessonsRead = 0;
    double bestPercent = -1; // best finished quiz score in percent; -1 when never finished
    bool passed = false;     // any finished attempt passed
};

} // namespace khien
