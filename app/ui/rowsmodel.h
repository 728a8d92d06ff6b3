// A read-only list model whose rows are QVariantMaps keyed by a fixed set of role names.
// The concrete models (trainees, modules, history) only build their rows.
#pragma once

#include <QAbstractListModel>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class RowsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowsModel(QStringList roles, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_rows.size()); }
    Q_INVOKABLE QVariantMap get(int row) const;

signals:
    void countChanged();

protected:
    void setRows(QVector<QVariantMap> rows);

private:
    QStringList m_roles;
    QVector<QVariantMap> m_rows;
};
