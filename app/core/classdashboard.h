// What an instructor's dashboard, CSV summary and PDF report show: for every trainee in scope
// (everyone, a class, or a session's class) and every module in scope (all, or a session's),
// lessons read, the recorded grade by the policy, attempts and time spent. Two queries
// whatever the size of the class (Store::progressByTrainee).
#pragma once

#include "storerecords.h"

#include <QSet>
#include <QStringList>
#include <QVector>

namespace khien {

class CourseCatalog;
class Store;

struct DashboardScope
{
    QString classId;            // empty: every trainee on this PC
    QString sessionId;          // set: its class's trainees and only its modules
    QSet<QString> traineeIds;   // non-empty: only these trainees (within the above)
};

// Who and what a scope stands for: the one place a session becomes its class and modules.
struct ResolvedScope
{
    QString classId;          // the class, or the session's; empty: every trainee on this PC
    bool isSession = false;
    QStringList sessionModuleIds; // the session's modules in order (isSession only)
    QVector<Trainee> trainees;    // in scope, by name (Vietnamese collation)
    QString error;                // the session or class does not exist; trainees is empty
};

[[nodiscard]] ResolvedScope resolveScope(const Store &store, const DashboardScope &scope);

struct DashboardCell
{
    int lessonsRead = 0;  // of the module's lessons as the content has them now
    int lessonsTotal = 0;
    double gradePercent = -1; // by the policy; -1: no finished attempt
    bool passed = false;
    int attempts = 0;     // finished, not abandoned
    qint64 timeSpentMs = 0;

    [[nodiscard]] bool started() const { return lessonsRead > 0 || attempts > 0 || timeSpentMs > 0; }
};

struct DashboardRow
{
    Trainee trainee;
    QVector<DashboardCell> cells; // parallel to Dashboard::moduleIds
    int modulesPassed = 0;
    double meanGrade = -1; // over the modules with a grade; -1: none
    qint64 timeSpentMs = 0;
};

struct Dashboard
{
    QString classId;       // the scope's class (a session's class); empty: everyone
    QStringList moduleIds; // catalog order, or the session's order
    QVector<DashboardRow> rows; // trainees by name (Vietnamese collation)
    QString error;         // set when the scope does not exist or the store failed
};

[[nodiscard]] Dashboard buildDashboard(const Store &store, const CourseCatalog &catalog,
                                       const DashboardScope &scope,
                                       GradePolicy policy = GradePolicy::Best);

} // namespace khien
