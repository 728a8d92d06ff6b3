// A class dashboard as the instructor's table shows it: one row per trainee, one cell per
// module, sortable by any column and filtered by a part of the name (with or without accents).
// Typed for QML: role enums, and each cell a `dashboardCell` value. The rows are read from the
// core's Dashboard when a delegate asks (only the rows in view), so handing over a class of
// 1,000 costs the GUI thread a sort of indexes, not a thousand maps; what can be worked out
// in advance (names folded for the filter, each module's pass share) is, by prepare(), on the
// thread that built the dashboard.
#pragma once

#include "listmodel.h"

#include "classdashboard.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

// One trainee's result in one module.
struct DashboardCellView
{
    Q_GADGET
    QML_VALUE_TYPE(dashboardCell)
    Q_PROPERTY(double grade MEMBER grade)         // percent; -1: no finished attempt
    Q_PROPERTY(bool passed MEMBER passed)
    Q_PROPERTY(int attempts MEMBER attempts)
    Q_PROPERTY(int lessonsRead MEMBER lessonsRead)
    Q_PROPERTY(int lessonsTotal MEMBER lessonsTotal)
    Q_PROPERTY(bool started MEMBER started)
    Q_PROPERTY(int minutes MEMBER minutes)

public:
    double grade = -1;
    bool passed = false;
    int attempts = 0;
    int lessonsRead = 0;
    int lessonsTotal = 0;
    bool started = false;
    int minutes = 0;
};

// A row as a whole, for tests and for code that reads one row (rowAt).
struct DashboardRowView
{
    Q_GADGET
    QML_VALUE_TYPE(dashboardRow)
    Q_PROPERTY(QString traineeId MEMBER traineeId)
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString group MEMBER group)
    Q_PROPERTY(int modulesPassed MEMBER modulesPassed)
    Q_PROPERTY(double meanGrade MEMBER meanGrade)
    Q_PROPERTY(int minutes MEMBER minutes)
    Q_PROPERTY(QVariantList cells READ cellList) // of dashboardCell

public:
    QString traineeId;
    QString name;
    QString group;
    int modulesPassed = 0;
    double meanGrade = -1;
    int minutes = 0;
    QList<DashboardCellView> cells;

    QVariantList cellList() const;
};

// A dashboard with what the table needs worked out ahead, on the thread that built it.
struct PreparedDashboard
{
    khien::Dashboard board;
    QStringList foldedNames;  // parallel to board.rows: the names folded for the filter
    QVector<double> passShares; // parallel to board.moduleIds: 0..1 of the rows that passed
};

class DashboardModel : public ListModel
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
    enum Role {
        TraineeIdRole = Qt::UserRole,
        NameRole,
        GroupRole,
        CellsRole, // a list of dashboardCell, parallel to the columns
        ModulesPassedRole,
        MeanGradeRole, // percent; -1: no grade
        MinutesRole,
    };
    Q_ENUM(Role)

    explicit DashboardModel(QObject *parent = nullptr);

    // Safe on any thread: the dashboard with its folded names and pass shares.
    [[nodiscard]] static PreparedDashboard prepare(khien::Dashboard board);
    // One reset; costs a sort of row indexes.
    void setDashboard(PreparedDashboard prepared);
    void setDashboard(khien::Dashboard board) { setDashboard(prepare(std::move(board))); }
    [[nodiscard]] const khien::Dashboard &dashboard() const { return m_prepared.board; }
    [[nodiscard]] const QVector<double> &passShares() const { return m_prepared.passShares; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row shown at `row` (an empty row outside the table).
    Q_INVOKABLE DashboardRowView rowAt(int row) const;

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
    QVariantList cellsOf(const khien::DashboardRow &row) const;

    PreparedDashboard m_prepared;
    QVector<int> m_shown; // indexes into m_prepared.board.rows, in the order shown
    QString m_filter;
    int m_sortColumn = NameColumn;
    bool m_descending = false;
};
