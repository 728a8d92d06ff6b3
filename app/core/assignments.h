// What a trainee's classes assign them: the latest session held up to today and any later
// ones, newest first, each with its modules (those the loaded content has) and how the
// trainee stands on each by the grade policy. Shown on the trainee's home page.
#pragma once

#include "storerecords.h"

#include <QDate>
#include <QVector>

namespace khien {

class CourseCatalog;
class Store;
struct Module;

struct AssignedModule
{
    const Module *module = nullptr; // in the catalog given, never null
    bool passed = false;
    int grade = -1; // the recorded grade in whole percent; -1 when there is none
};

struct Assignment
{
    SessionRecord session;
    QString className;
    QVector<AssignedModule> modules; // in the session's order
};

[[nodiscard]] QVector<Assignment> assignmentsFor(const Store &store, const CourseCatalog &catalog,
                                                 const QString &traineeId, const QDate &today,
                                                 GradePolicy policy);

} // namespace khien
