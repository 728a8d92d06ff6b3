// A class dashboard as the instructor's table shows it: one row per trainee, one cell per
// module, sortable by any column and filtered by a part of the name (with or without accents).
#pragma once

#include "classdashboard.h"
#include "rowsmodel.h"

class DashboardModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.dashboard")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY viewChanged)
    // A module's column (0..), or one of the Column values below.
    Q_PROPERTY(int sortColumn READ sortColumn NOTIFY viewChanged)
    Q_PROPERTY(bool descending READ descending NOTIFY viewChanged)

public:
    enum Column { NameColumn = -1, MeanColumn = -2, PassedColumn = -3, TimeColumn = -4 };
    Q_ENUM(Column)

    explicit DashboardModel(QObject *parent = nullptr);
    void setDashboard(khien::Dashboard board);
    [[nodiscard]] const khien::Dashboard &dashboard() const { return m_board; }

    QString filter() const { return m_filter; }
    void setFilter(const QString &filter);
    int sortColumn() const { return m_sortColumn; }
    bool descending() const { return m_descending; }
    // Sorting by the column already sorted on reverses the order.
    Q_INVOKABLE void sortBy(int column);

signals:
    void viewChanged();

private:
    void rebuild();

    khien::Dashboard m_board;
    QString m_filter;
    int m_sortColumn = NameColumn;
    bool m_descending = false;
};
