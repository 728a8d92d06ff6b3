#include "coursecatalog.h"

#include <QCoreApplication>
#include <QSet>

namespace khien {

namespace {
struct CatalogText
{
    Q_DECLARE_TR_FUNCTIONS(ContentLoader)
public:
    static QString packClash(const QString &id) { return tr("a pack with the id \"%1\" is already loaded; this one is skipped").arg(id); }
    static QString moduleClash(const QString &id) { return tr("module \"%1\" (or one of its lesson or quiz ids) is already loaded from another pack; skipped").arg(id); }
};

QStringList idsOf(const Module &m)
{
    QStringList ids{m.id};
    for (const Lesson &l : m.lessons)
        ids.append(l.id);
    if (m.quiz)
        ids.append(m.quiz->id);
    return ids;
}
} // namespace

CourseCatalog CourseCatalog::load(const QStringList &packDirs)
{
    CourseCatalog catalog;
    QSet<QString> packIds;
    QSet<QString> contentIds;
    for (const QString &dir : packDirs) {
        PackLoadResult result = loadPack(dir);
        catalog.m_issues += result.issues;
        if (!result.course)
            continue;
        Course course = *result.course;
        const QString courseFile = dir + QStringLiteral("/course.xml");
        if (packIds.contains(course.id)) {
            catalog.m_issues.append({courseFile, 0, CatalogText::packClash(course.id)});
            continue;
        }
        packIds.insert(course.id);
        QVector<Module> kept;
        for (const Module &m : std::as_const(course.modules)) {
            const QStringList ids = idsOf(m);
            const bool clash = std::any_of(ids.cbegin(), ids.cend(),
                                           [&](const QString &id) { return contentIds.contains(id); });
            if (clash) {
                catalog.m_issues.append({courseFile, 0, CatalogText::moduleClash(m.id)});
                continue;
            }
            for (const QString &id : ids)
                contentIds.insert(id);
            kept.append(m);
        }
        course.modules = kept;
        catalog.m_courses.append(course);
    }
    return catalog;
}

const Module *CourseCatalog::module(const QString &moduleId) const
{
    for (const Course &c : m_courses)
        if (const Module *m = c.module(moduleId))
            return m;
    return nullptr;
}

const Course *CourseCatalog::courseOfModule(const QString &moduleId) const
{
    for (const Course &c : m_courses)
        if (c.module(moduleId))
            return &c;
    return nullptr;
}

} // namespace khien
