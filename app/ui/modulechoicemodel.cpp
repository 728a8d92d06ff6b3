#include "modulechoicemodel.h"

#include "coursecatalog.h"
#include "modulelistmodel.h"

void ModuleChoiceModel::reload(const khien::CourseCatalog &catalog, const QString &lang)
{
    QVector<ModuleChoice> choices;
    for (const khien::Course &course : catalog.courses())
        for (const khien::Module &m : course.modules)
            choices.append({m.id, m.title.in(lang), moduleIconUrl(m)});
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
    emit choicesChanged();
}

int ModuleChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_choices.size());
}

QVariant ModuleChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ModuleChoice &c = m_choices.at(index.row());
    switch (role) {
    case ModuleIdRole:
        return c.moduleId;
    case TitleRole:
        return c.title;
    case IconUrlRole:
        return c.iconUrl;
    default:
        return {};
    }
}

QHash<int, QByteArray> ModuleChoiceModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {TitleRole, "title"}, {IconUrlRole, "iconUrl"}};
}

QVariantList ModuleChoiceModel::all() const
{
    QVariantList list;
    list.reserve(m_choices.size());
    for (const ModuleChoice &c : m_choices)
        list.append(QVariant::fromValue(c));
    return list;
}
