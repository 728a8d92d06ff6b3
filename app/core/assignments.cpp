#include "assignments.h"

#include "coursecatalog.h"
#include "store.h"

#include <QtMath>

namespace khien {

QVector<Assignment> assignmentsFor(const Store &store, const CourseCatalog &catalog,
                                   const QString &traineeId, const QDate &today, GradePolicy policy)
{
    if (traineeId.isEmpty() || !store.isOpen())
        return {};
    const auto progress = store.progress(traineeId, policy);
    QHash<QString, QString> classNames;
    for (const ClassRecord &c : store.classesOf(traineeId))
        classNames.insert(c.id, c.name);
    QVector<Assignment> result;
    bool pastShown = false;
    for (const SessionRecord &s : store.sessionsFor(traineeId)) { // newest first
        // Only the latest session held so far: older ones are history, not assignments.
        if (s.heldOn <= today) {
            if (pastShown)
                break;
            pastShown = true;
        }
        Assignment assignment{s, classNames.value(s.classId), {}};
        for (const QString &id : s.moduleIds) {
            const Module *m = catalog.module(id);
            if (!m)
                continue;
            const ModuleProgress p = progress.value(id);
            assignment.modules.append({m, p.bestPercent >= 0 && p.passed,
                                       p.bestPercent < 0 ? -1 : qRound(p.bestPercent)});
        }
        result.append(assignment);
    }
    return result;
}

} // namespace khien
