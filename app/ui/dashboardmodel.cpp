#include "dashboardmodel.h"

#include "glossaryreader.h"

#include <algorithm>

namespace {

int minutes(qint64 ms)
{
    return int((ms + 30000) / 60000);
}

DashboardCellView cellView(const khien::DashboardCell &c)
{
    DashboardCellView view;
    view.grade = c.gradePercent < 0 ? -1.0 : c.gradePercent;
    view.passed = c.passed;
    view.attempts = c.attempts;
    view.lessonsRead = c.lessonsRead;
    view.lessonsTotal = c.lessonsTotal;
    view.started = c.started();
    view.minutes = minutes(c.timeSpentMs);
    return view;
}

// What a column sorts by; rows without a value (no grade) go last either way.
double sortValue(const khien::DashboardRow &row, int column)
{
    switch (column) {
    case DashboardModel::MeanColumn:
        return row.meanGrade;
    case DashboardModel::PassedColumn:
        return row.modulesPassed;
    case DashboardModel::TimeColumn:
        return double(row.timeSpentMs);
    default:
        return row.cells.at(column).gradePercent;
    }
}

} // namespace

QVariantList DashboardRowView::cellList() const
{
    QVariantList list;
    list.reserve(cells.size());
    for (const DashboardCellView &c : cells)
        list.append(QVariant::fromValue(c));
    return list;
}

DashboardModel::DashboardModel(QObject *parent) : ListModel(parent) {}

PreparedDashboard DashboardModel::prepare(khien::Dashboard board)
{
    PreparedDashboard prepared;
    prepared.foldedNames.reserve(board.rows.size());
    QVector<int> passed(board.moduleIds.size(), 0);
    for (const khien::DashboardRow &row : std::as_const(board.rows)) {
        prepared.foldedNames.append(khien::foldForSearch(row.trainee.displayName));
        for (int i = 0; i < row.cells.size() && i < passed.size(); ++i)
            passed[i] += row.cells.at(i).passed ? 1 : 0;
    }
    for (const int n : std::as_const(passed))
        prepared.passShares.append(board.rows.isEmpty() ? 0.0 : double(n) / double(board.rows.size()));
    prepared.board = std::move(board);
    return prepared;
}

void DashboardModel::setDashboard(PreparedDashboard prepared)
{
    m_prepared = std::move(prepared);
    if (m_sortColumn >= m_prepared.board.moduleIds.size())
        m_sortColumn = NameColumn;
    rebuild();
}

void DashboardModel::setFilter(const QString &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    rebuild();
    emit viewChanged();
}

void DashboardModel::sortBy(int column)
{
    if (column < TimeColumn || column >= m_prepared.board.moduleIds.size())
        return;
    m_descending = column == m_sortColumn ? !m_descending : column != NameColumn;
    m_sortColumn = column;
    rebuild();
    emit viewChanged();
}

void DashboardModel::rebuild()
{
    const QVector<khien::DashboardRow> &rows = m_prepared.board.rows;
    const QString wanted = khien::foldForSearch(m_filter.trimmed());
    QVector<int> shown;
    shown.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i)
        if (wanted.isEmpty() || m_prepared.foldedNames.at(i).contains(wanted))
            shown.append(i);
    // The rows are in name order already, and the sort is stable.
    if (m_sortColumn == NameColumn) {
        if (m_descending)
            std::reverse(shown.begin(), shown.end());
    } else {
        std::stable_sort(shown.begin(), shown.end(), [this, &rows](int a, int b) {
            const double x = sortValue(rows.at(a), m_sortColumn), y = sortValue(rows.at(b), m_sortColumn);
            if ((x < 0) != (y < 0))
                return y < 0;
            return m_descending ? x > y : x < y;
        });
    }
    replaceRows(m_shown, std::move(shown));
}

int DashboardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariantList DashboardModel::cellsOf(const khien::DashboardRow &row) const
{
    QVariantList cells;
    cells.reserve(row.cells.size());
    for (const khien::DashboardCell &c : row.cells)
        cells.append(QVariant::fromValue(cellView(c)));
    return cells;
}

QVariant DashboardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const khien::DashboardRow &row = m_prepared.board.rows.at(m_shown.at(index.row()));
    switch (role) {
    case TraineeIdRole:
        return row.trainee.id;
    case NameRole:
        return row.trainee.displayName;
    case GroupRole:
        return row.trainee.groupCode;
    case CellsRole:
        return cellsOf(row);
    case ModulesPassedRole:
        return row.modulesPassed;
    case MeanGradeRole:
        return row.meanGrade < 0 ? -1.0 : row.meanGrade;
    case MinutesRole:
        return minutes(row.timeSpentMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> DashboardModel::roleNames() const
{
    return {{TraineeIdRole, "traineeId"},         {NameRole, "name"},
            {GroupRole, "group"},                 {CellsRole, "cells"},
            {ModulesPassedRole, "modulesPassed"}, {MeanGradeRole, "meanGrade"},
            {MinutesRole, "minutes"}};
}

DashboardRowView DashboardModel::rowAt(int row) const
{
    DashboardRowView view;
    if (row < 0 || row >= m_shown.size())
        return view;
    const khien::DashboardRow &r = m_prepared.board.rows.at(m_shown.at(row));
    view.traineeId = r.trainee.id;
    view.name = r.trainee.displayName;
    view.group = r.trainee.groupCode;
    view.modulesPassed = r.modulesPassed;
    view.meanGrade = r.meanGrade < 0 ? -1.0 : r.meanGrade;
    view.minutes = minutes(r.timeSpentMs);
    for (const khien::DashboardCell &c : r.cells)
        view.cells.append(cellView(c));
    return view;
}
