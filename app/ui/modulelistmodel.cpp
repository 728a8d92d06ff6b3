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

int ModuleListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ModuleListModel::data(const QModelIndex &index, int role) const
{
    const ModuleRow *row = rowAt(m_rows, index);
    if (!row)
        return {};
    switch (role) {
    case ModuleIdRole: return row->moduleId;
    case TitleRole: return row->title;
    case SummaryRole: return row->summary;
    case CourseTitleRole: return row->courseTitle;
    case LessonCountRole: return row->lessonCount;
    case LessonsReadRole: return row->lessonsRead;
    case QuestionCountRole: return row->questionCount;
    case BestPercentRole: return row->bestPercent;
    case PassedRole: return row->passed;
    case IconUrlRole: return row->iconUrl;
    case StatusRole: return row->status;
    default: return {};
    }
}

QHash<int, QByteArray> ModuleListModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {TitleRole, "title"}, {SummaryRole, "summary"},
            {CourseTitleRole, "courseTitle"}, {LessonCountRole, "lessonCount"},
            {LessonsReadRole, "lessonsRead"}, {QuestionCountRole, "questionCount"},
            {BestPercentRole, "bestPercent"}, {PassedRole, "passed"}, {IconUrlRole, "iconUrl"},
            {StatusRole, "status"}};
}

void ModuleListModel::reload(const khien::CourseCatalog &catalog,
                             const QHash<QString, khien::ModuleProgress> &progress,
                             const QString &lang)
{
    QVector<ModuleRow> rows;
    for (const khien::Course &course : catalog.courses()) {
        for (const khien::Module &m : course.modules) {
            const khien::ModuleProgress p = progress.value(m.id);
            rows.append({m.id, m.title.in(lang), m.summary.in(lang), course.title.in(lang),
                         int(m.lessons.size()), p.lessonsRead,
                         m.quiz ? int(m.quiz->questions.size()) : 0, p.bestPercent, p.passed,
                         moduleIconUrl(m), khien::moduleStatusName(p)});
        }
    }
    replaceRows(m_rows, std::move(rows));
}
