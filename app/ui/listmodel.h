// The base of Khiên's list models as QML sees them: `count`, and a model's rows replaced in
// one reset. Each model keeps its rows as a vector of its own typed row, with a role enum.
#pragma once

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

#include <utility>

class ListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;
    int count() const { return rowCount(); }

signals:
    void countChanged();

protected:
    // `rows` becomes `next` in one model reset, so views rebuild once; `count` follows.
    template <typename Row>
    void replaceRows(QVector<Row> &rows, QVector<Row> next)
    {
        const bool countChanges = next.size() != rows.size();
        beginResetModel();
        rows = std::move(next);
        endResetModel();
        if (countChanges)
            emit countChanged();
    }
    // The row of `index`, or nullptr when the index is not one of this model's rows.
    template <typename Row>
    const Row *rowAt(const QVector<Row> &rows, const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &rows.at(index.row());
    }
};
