#include "dashboardmodel.h"

#include "glossaryreader.h"

#include <algorithm>

DashboardModel::DashboardModel(QObject *parent)
    : RowsModel({QStringLiteral("traineeId"), QStringLiteral("name"), QStringLiteral("group"),
                 QStringLiteral("cells"), QStringLiteral("modulesPassed"),
                 QStringLiteral("meanGrade"), QStringLiteral("minutes")},
                parent)
{
}

void DashboardModel::setDashboard(khien::Dashboard board)
{
    m_board = std::move(board);
    if (m_sortColumn >= m_board.moduleIds.size())
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
    if (column < TimeColumn || column >= m_board.moduleIds.size())
        return;
    m_descending = column == m_sortColumn ? !m_descending : column != NameColumn;
    m_sortColumn = column;
    rebuild();
    emit viewChanged();
}

namespace {

int minutes(qint64 ms)
{
    return int((ms + 30000) / 60000);
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

void DashboardModel::rebuild()
{
    const QString wanted = khien::foldForSearch(m_filter.trimmed());
    QVector<const khien::DashboardRow *> shown;
    for (const khien::DashboardRow &row : m_board.rows)
        if (wanted.isEmpty() || khien::foldForSearch(row.trainee.displayName).contains(wanted))
            shown.append(&row);
    // m_board.rows is in name order already, and the sort is stable.
    if (m_sortColumn == NameColumn) {
        if (m_descending)
            std::reverse(shown.begin(), shown.end());
    } else {
        std::stable_sort(shown.begin(), shown.end(), [this](auto *a, auto *b) {
            const double x = sortValue(*a, m_sortColumn), y = sortValue(*b, m_sortColumn);
            if ((x < 0) != (y < 0))
                return y < 0;
            return m_descending ? x > y : x < y;
        });
    }
    QVector<QVariantMap> rows;
    for (const khien::DashboardRow *row : std::as_const(shown)) {
        QVariantList cells;
        for (const khien::DashboardCell &c : row->cells)
            cells.append(QVariantMap{{QStringLiteral("grade"), c.gradePercent < 0 ? -1.0 : c.gradePercent},
                                     {QStringLiteral("passed"), c.passed},
                                     {QStringLiteral("attempts"), c.attempts},
                                     {QStringLiteral("lessonsRead"), c.lessonsRead},
                                     {QStringLiteral("lessonsTotal"), c.lessonsTotal},
                                     {QStringLiteral("started"), c.started()},
                                     {QStringLiteral("minutes"), minutes(c.timeSpentMs)}});
        rows.append({{QStringLiteral("traineeId"), row->trainee.id},
                     {QStringLiteral("name"), row->trainee.displayName},
                     {QStringLiteral("group"), row->trainee.groupCode},
                     {QStringLiteral("cells"), cells},
                     {QStringLiteral("modulesPassed"), row->modulesPassed},
                     {QStringLiteral("meanGrade"), row->meanGrade < 0 ? -1.0 : row->meanGrade},
                     {QStringLiteral("minutes"), minutes(row->timeSpentMs)}});
    }
    setRows(rows);
}
