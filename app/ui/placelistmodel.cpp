#include "placelistmodel.h"

PlaceListModel::PlaceListModel(QObject *parent)
    : ListModel(parent)
{
}

int PlaceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant PlaceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Place &row = m_rows.at(index.row());
    switch (role) {
    case NameRole: return row.name;
    case FolderRole: return row.folder;
    default: return {};
    }
}

QHash<int, QByteArray> PlaceListModel::roleNames() const
{
    return {{NameRole, "name"}, {FolderRole, "folder"}};
}

void PlaceListModel::setRows(QVector<Place> rows)
{
    replaceRows(m_rows, std::move(rows));
}
