// Rows of Khiên's database as plain values: what the store reads and writes.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace khien {

// Which finished attempt at a module's quiz is its recorded grade.
enum class GradePolicy { First, Best, Last };

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
    quint32 seed = 0;     // of the attempt's plan (attemptplan.h); 0 before schema 2
    QString mode;         // "practice" or "exam"
    QStringList questionOrder; // question ids as asked; empty before schema 2
    bool abandoned = false;    // closed without finishing: finished, never a grade

    [[nodiscard]] bool isFinished() const { return finishedAt.isValid(); }
};

// What startAttempt() needs to know.
struct AttemptStart
{
    QString traineeId, moduleId, quizId, contentVersion, language;
    int passPercent = 0;
    double maxScore = 0;
    quint32 seed = 0;
    QString mode = QStringLiteral("practice");
    QStringList questionOrder; // ids matching [a-z0-9-]+ (stored joined with ',')
};

// One choice made in a branching scenario question.
struct DecisionRecord
{
    QString attemptId, questionId;
    int seq = 0; // 0-based place of the decision in the question's path
    QString stepId, choiceId;
    double points = 0;
    QDateTime decidedAt;
};

// A question in the trainee's practice set ("practise my mistakes").
struct MistakeRecord
{
    QString traineeId, moduleId, quizId, questionId;
    int box = 1; // Leitner box, 1..leitnerBoxes
    QDateTime dueAt;
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

// One answer's effect on "practise my mistakes" (leitner.h).
struct PracticeOutcome
{
    QString traineeId, moduleId, quizId, questionId;
    bool correct = false;
    QDateTime at;
};

// Everything one step of a quiz writes, committed together or not at all (recordQuizStep()):
// a scenario decision, the answer (a scenario's once its ending is reached; the attempt's
// totals follow from it) and the practice schedule. Any part may be absent.
struct QuizStep
{
    std::optional<DecisionRecord> decision;
    std::optional<AnswerRecord> answer;
    std::optional<PracticeOutcome> practice;
};

struct ModuleProgress
{
    QString moduleId;
    int lessonsRead = 0;
    // The recorded grade (percent) by the grade policy, over finished, not abandoned
    // attempts; -1 when there is none. Named before there were policies.
    double bestPercent = -1;
    bool passed = false; // whether the attempt that gives the recorded grade passed
    int finishedAttempts = 0; // finished, not abandoned
    qint64 timeSpentMs = 0;   // answering, over every attempt (unfinished ones too)
};

// Whose progress progressByTrainee() reads: everyone, one trainee, or one class's members.
struct ProgressScope
{
    QString traineeId; // when set, only this trainee
    QString classId;   // when set, only this class's members
};

struct ClassRecord
{
    QString id; // UUID, without braces
    QString name;
    // Key of the class's results bundles (resultsbundle.h), shared with the room's PCs.
    QString bundleKey;
    QDateTime createdAt;
    int memberCount = 0;
    int sessionCount = 0;
};

// A dated classroom session of a class and the modules it assigns, in order.
struct SessionRecord
{
    QString id; // UUID, without braces
    QString classId;
    QString title;
    QDate heldOn;
    QStringList moduleIds;
    QDateTime createdAt;
};

// When a trainee first read a lesson (results bundles carry these).
struct LessonRead
{
    QString traineeId, moduleId, lessonId;
    QDateTime firstReadAt;
};

} // namespace khien
