#include "classdashboard.h"

#include "coursecatalog.h"
#include "store.h"

namespace khien {

ResolvedScope resolveScope(const Store &store, const DashboardScope &scope)
{
    ResolvedScope resolved;
    resolved.classId = scope.classId;
    if (!scope.sessionId.isEmpty()) {
        const auto session = store.session(scope.sessionId);
        if (!session) {
            resolved.error = QStringLiteral("no session %1").arg(scope.sessionId);
            return resolved;
        }
        resolved.classId = session->classId;
        resolved.isSession = true;
        resolved.sessionModuleIds = session->moduleIds;
    }
    if (!resolved.classId.isEmpty() && !store.classById(resolved.classId)) {
        resolved.error = QStringLiteral("no class %1").arg(resolved.classId);
        return resolved;
    }
    const QVector<Trainee> all = resolved.classId.isEmpty() ? store.trainees()
                                                            : store.classMembers(resolved.classId);
    for (const Trainee &t : all)
        if (scope.traineeIds.isEmpty() || scope.traineeIds.contains(t.id))
            resolved.trainees.append(t);
    return resolved;
}

Dashboard buildDashboard(const Store &store, const CourseCatalog &catalog,
                         const DashboardScope &scope, GradePolicy policy)
{
    Dashboard board;
    const ResolvedScope resolved = resolveScope(store, scope);
    board.classId = resolved.classId;
    if (!resolved.error.isEmpty()) {
        board.error = resolved.error;
        return board;
    }
    if (resolved.isSession) {
        for (const QString &id : resolved.sessionModuleIds)
            if (catalog.module(id))
                board.moduleIds.append(id);
    } else {
        for (const Course &course : catalog.courses())
            for (const Module &m : course.modules)
                board.moduleIds.append(m.id);
    }
    const auto progress = store.progressByTrainee(policy, ProgressScope{{}, resolved.classId});
    QVector<int> lessonCounts;
    for (const QString &id : std::as_const(board.moduleIds))
        lessonCounts.append(int(catalog.module(id)->lessons.size()));

    for (const Trainee &t : resolved.trainees) {
        DashboardRow row;
        row.trainee = t;
        const QHash<QString, ModuleProgress> mine = progress.value(t.id);
        double gradeSum = 0;
        int graded = 0;
        for (int i = 0; i < board.moduleIds.size(); ++i) {
            DashboardCell cell;
            cell.lessonsTotal = lessonCounts.at(i);
            const auto p = mine.constFind(board.moduleIds.at(i));
            if (p != mine.cend()) {
                // Capped at the lessons the module has now (some may have been removed).
                cell.lessonsRead = std::min(p->lessonsRead, cell.lessonsTotal);
                cell.gradePercent = p->bestPercent;
                cell.passed = p->bestPercent >= 0 && p->passed;
                cell.attempts = p->finishedAttempts;
                cell.timeSpentMs = p->timeSpentMs;
            }
            if (cell.gradePercent >= 0) {
                gradeSum += cell.gradePercent;
                ++graded;
            }
            row.modulesPassed += cell.passed ? 1 : 0;
            row.timeSpentMs += cell.timeSpentMs;
            row.cells.append(cell);
        }
        row.meanGrade = graded > 0 ? gradeSum / graded : -1;
        board.rows.append(row);
    }
    return board;
}

} // namespace khien
