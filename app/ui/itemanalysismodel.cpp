#include "itemanalysismodel.h"

#include <algorithm>

void ItemAnalysisModel::setItems(QVector<khien::report::ReportItemRow> items)
{
    beginResetModel();
    m_items = std::move(items);
    m_answered = std::any_of(m_items.cbegin(), m_items.cend(),
                             [](const khien::report::ReportItemRow &r) { return r.respondents > 0; });
    endResetModel();
    emit countChanged(); // `answered` may change with the same count
}

int ItemAnalysisModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ItemAnalysisModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const khien::report::ReportItemRow &item = m_items.at(index.row());
    switch (role) {
    case PositionRole:
        return index.row() + 1;
    case TextRole:
        return item.questionText;
    case TypeRole:
        return item.questionType;
    case RespondentsRole:
        return item.respondents;
    case SharePercentRole:
        return 100 * item.shareRight;
    case WrongTextRole:
        return item.mostChosenWrongText;
    case WrongCountRole:
        return item.mostChosenWrongCount;
    case WrongTypedRole:
        return item.commonWrongTyped.join(QStringLiteral(", "));
    case DiscriminationRole:
        return item.discrimination.value_or(kTooFew);
    default:
        return {};
    }
}

QHash<int, QByteArray> ItemAnalysisModel::roleNames() const
{
    return {{PositionRole, "position"},         {TextRole, "text"},
            {TypeRole, "type"},                 {RespondentsRole, "respondents"},
            {SharePercentRole, "sharePercent"}, {WrongTextRole, "wrongText"},
            {WrongCountRole, "wrongCount"},     {WrongTypedRole, "wrongTyped"},
            {DiscriminationRole, "discrimination"}};
}
