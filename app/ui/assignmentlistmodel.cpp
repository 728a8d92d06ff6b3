#include "assignmentlistmodel.h"

AssignmentListModel::AssignmentListModel(QObject *parent)
    : ListModel(parent)
{
}

int AssignmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AssignmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssignmentEntry &row = m_rows.at(index.row());
    switch (role) {
    case TitleRole: return row.title;
    case DateRole: return row.date;
    case ClassNameRole: return row.className;
    case ModulesRole: return row.modules;
    default: return {};
    }
}

QHash<int, QByteArray> AssignmentListModel::roleNames() const
{
    return {{TitleRole, "title"}, {DateRole, "date"}, {ClassNameRole, "className"}, {ModulesRole, "modules"}};
}

void AssignmentListModel::setRows(QVector<AssignmentEntry> rows)
{
    replaceRows(m_rows, std::move(rows));
}
