// Every course the app offers: the shipped pack plus the user's extra packs, with the
// problems found while loading them. A pack or module whose ids clash with one already
// loaded is left out and reported, so progress can never be stored against the wrong thing.
#pragma once

#include "contentloader.h"

namespace khien {

class CourseCatalog
{
public:
    [[nodiscard]] static CourseCatalog load(const QStringList &packDirs);

    [[nodiscard]] const QVector<Course> &courses() const { return m_courses; }
    [[nodiscard]] const ContentIssues &issues() const { return m_issues; }
    [[nodiscard]] const Module *module(const QString &moduleId) const;
    [[nodiscard]] const Course *courseOfModule(const QString &moduleId) const;

private:
    QVector<Course> m_courses;
    ContentIssues m_issues;
};

} // namespace khien
