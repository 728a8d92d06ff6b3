#include "dashboardcolumnmodel.h"

#include <algorithm>

void DashboardColumnModel::setColumns(QVector<DashboardColumn> columns)
{
    // The same columns again (the class read anew): only the shares change, and a drop-down
    // over these columns keeps its choice.
    const bool same = columns.size() == m_columns.size()
            && std::equal(columns.cbegin(), columns.cend(), m_columns.cbegin(), [](const auto &a, const auto &b) {
                   return a.moduleId == b.moduleId && a.title == b.title;
               });
    if (same) {
        m_columns = std::move(columns);
        if (!m_columns.isEmpty())
            emit dataChanged(index(0), index(int(m_columns.size()) - 1), {PassShareRole});
        return;
    }
    replaceRows(m_columns, std::move(columns));
}

int DashboardColumnModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant DashboardColumnModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DashboardColumn &c = m_columns.at(index.row());
    switch (role) {
    case ModuleIdRole:
        return c.moduleId;
    case TitleRole:
        return c.title;
    case PassShareRole:
        return c.passShare;
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardColumnModel::roleNames() const
{
    return {{ModuleIdRole, "moduleId"}, {TitleRole, "title"}, {PassShareRole, "passShare"}};
}
