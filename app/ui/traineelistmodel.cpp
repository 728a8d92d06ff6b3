#include "traineelistmodel.h"

TraineeListModel::TraineeListModel(QObject *parent)
    : RowsModel({QStringLiteral("traineeId"), QStringLiteral("name"), QStringLiteral("group")}, parent)
{
}

void TraineeListModel::reload(const QVector<khien::Trainee> &trainees)
{
    QVector<QVariantMap> rows;
    for (const khien::Trainee &t : trainees)
        rows.append({{QStringLiteral("traineeId"), t.id},
                     {QStringLiteral("name"), t.displayName},
                     {QStringLiteral("group"), t.groupCode}});
    setRows(rows);
}
