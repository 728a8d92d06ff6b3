#include "traineelistmodel.h"

int TraineeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TraineeListModel::data(const QModelIndex &index, int role) const
{
    const khien::Trainee *t = rowAt(m_rows, index);
    if (!t)
        return {};
    switch (role) {
    case TraineeIdRole: return t->id;
    case NameRole: return t->displayName;
    case GroupRole: return t->groupCode;
    default: return {};
    }
}

QHash<int, QByteArray> TraineeListModel::roleNames() const
{
    return {{TraineeIdRole, "traineeId"}, {NameRole, "name"}, {GroupRole, "group"}};
}

QString TraineeListModel::traineeIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

void TraineeListModel::reload(QVector<khien::Trainee> trainees)
{
    replaceRows(m_rows, std::move(trainees));
}
