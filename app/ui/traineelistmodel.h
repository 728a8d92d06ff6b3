// Trainees as QML lists them: everyone on this PC (the sign-in screen) or a class's members.
#pragma once

#include "listmodel.h"
#include "storerecords.h"

class TraineeListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.trainees or App.instructor.members")

public:
    enum Role { TraineeIdRole = Qt::UserRole + 1, NameRole, GroupRole };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The id of the trainee in `row`; empty outside the list.
    Q_INVOKABLE QString traineeIdAt(int row) const;
    void reload(QVector<khien::Trainee> trainees);
    const QVector<khien::Trainee> &trainees() const { return m_rows; }

private:
    QVector<khien::Trainee> m_rows;
};
