// The class dashboard's module columns as QML sees them (`App.instructor.dashboardModules`):
// one row per module shown, with its title in the UI language and how much of the class
// passed it.
#pragma once

#include "listmodel.h"

#include <QVector>
#include <QtQml/qqmlregistration.h>

struct DashboardColumn
{
    QString moduleId;
    QString title;
    double passShare = 0; // 0..1 of the rows shown
};

class DashboardColumnModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.dashboardModules")

public:
    enum Role { ModuleIdRole = Qt::UserRole, TitleRole, PassShareRole };
    Q_ENUM(Role)

    using ListModel::ListModel;
    void setColumns(QVector<DashboardColumn> columns);
    [[nodiscard]] const QVector<DashboardColumn> &columns() const { return m_columns; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QVector<DashboardColumn> m_columns;
};
