#include "modulelistmodel.h"

#include "resultsummary.h"

QUrl moduleIconUrl(const khien::Module &module)
{
    if (module.iconPath.isEmpty())
        return {};
    if (module.iconPath.startsWith(QLatin1Char(':')))
        return QUrl(QStringLiteral("qrc") + module.iconPath);
    return QUrl::fromLocalFile(module.iconPath);
}

ModuleListModel::ModuleListModel(QObject *parent)
    : RowsModel({QStringLiteral("moduleId"), QStringLiteral("title"), QStringLiteral("summary"),
                 QStringLiteral("courseTitle"), QStringLiteral("lessonCount"),
                 QStringLiteral("lessonsRead"), QStringLiteral("questionCount"),
                 QStringLiteral("bestPercent"), QStringLiteral("passed"),
                 QStringLiteral("iconUrl"), QStringLiteral("status")},
                parent)
{
}

void ModuleListModel::reload(const khien::CourseCatalog &catalog,
                             const QHash<QString, khien::ModuleProgress> &progress,
                             const QString &lang)
{
    QVector<QVariantMap> rows;
    for (const khien::Course &course : catalog.courses()) {
        for (const khien::Module &m : course.modules) {
            const khien::ModuleProgress p = progress.value(m.id);
            rows.append({{QStringLiteral("moduleId"), m.id},
                         {QStringLiteral("title"), m.title.in(lang)},
                         {QStringLiteral("summary"), m.summary.in(lang)},
                         {QStringLiteral("courseTitle"), course.title.in(lang)},
                         {QStringLiteral("lessonCount"), int(m.lessons.size())},
                         {QStringLiteral("lessonsRead"), p.lessonsRead},
                         {QStringLiteral("questionCount"), m.quiz ? int(m.quiz->questions.size()) : 0},
                         {QStringLiteral("bestPercent"), p.bestPercent},
                         {QStringLiteral("passed"), p.passed},
                         {QStringLiteral("iconUrl"), moduleIconUrl(m)},
                         {QStringLiteral("status"), khien::moduleStatusName(p)}});
        }
    }
    setRows(rows);
}
