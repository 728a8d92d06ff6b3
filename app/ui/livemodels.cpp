#include "livemodels.h"

#include <algorithm>

namespace {

int percentOf(int part, int whole)
{
    return whole > 0 ? int((100.0 * part) / whole + 0.5) : 0;
}

template<typename Row, typename SameRow>
bool sameShape(const QVector<Row> &a, const QVector<Row> &b, SameRow same)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), same);
}

} // namespace

LiveOptionModel::LiveOptionModel(QObject *parent)
    : ListModel(parent)
{
}

int LiveOptionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LiveOptionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveOptionRow &row = m_rows.at(index.row());
    switch (role) {
    case OptionIdRole: return row.optionId;
    case TextRole: return row.text;
    case CountRole: return row.count;
    case PercentRole: return percentOf(row.count, m_respondents);
    case CorrectRole: return row.correct;
    default: return {};
    }
}

QHash<int, QByteArray> LiveOptionModel::roleNames() const
{
    return {{OptionIdRole, "optionId"}, {TextRole, "text"}, {CountRole, "count"},
            {PercentRole, "percent"}, {CorrectRole, "correct"}};
}

void LiveOptionModel::setRows(const QVector<LiveOptionRow> &rows, int respondents)
{
    int total = 0;
    for (const LiveOptionRow &row : rows)
        total += row.count;
    const auto same = [](const LiveOptionRow &a, const LiveOptionRow &b) {
        return a.optionId == b.optionId && a.text == b.text;
    };
    if (sameShape(m_rows, rows, same)) {
        m_rows = rows;
        m_respondents = respondents;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1), {CountRole, PercentRole, CorrectRole});
    } else {
        const bool countChanges = rows.size() != m_rows.size();
        beginResetModel();
        m_rows = rows;
        m_respondents = respondents;
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    if (total != m_total) {
        m_total = total;
        emit totalChanged();
    }
}

LiveProgressModel::LiveProgressModel(QObject *parent)
    : ListModel(parent)
{
}

int LiveProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant LiveProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LiveProgressRow &row = m_rows.at(index.row());
    switch (role) {
    case NameRole: return row.name;
    case AnsweredRole: return row.answered;
    case CorrectRole: return row.correct;
    case FinishedRole: return row.finished;
    case ConnectedRole: return row.connected;
    default: return {};
    }
}

QHash<int, QByteArray> LiveProgressModel::roleNames() const
{
    return {{NameRole, "name"}, {AnsweredRole, "answered"}, {CorrectRole, "correct"},
            {FinishedRole, "finished"}, {ConnectedRole, "connected"}};
}

void LiveProgressModel::setRows(const QVector<LiveProgressRow> &rows)
{
    const auto same = [](const LiveProgressRow &a, const LiveProgressRow &b) { return a.name == b.name; };
    if (sameShape(m_rows, rows, same)) {
        m_rows = rows;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0), index(int(m_rows.size()) - 1),
                             {AnsweredRole, CorrectRole, FinishedRole, ConnectedRole});
        return;
    }
    replaceRows(m_rows, rows);
}
