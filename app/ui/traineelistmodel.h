// The trainees registered on this PC, for the sign-in screen.
#pragma once

#include "rowsmodel.h"
#include "storerecords.h"

class TraineeListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.trainees")

public:
    explicit TraineeListModel(QObject *parent = nullptr);
    void reload(const QVector<khien::Trainee> &trainees);
};
