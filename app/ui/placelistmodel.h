// The places the file chooser offers (Files.places): home, Documents, Desktop, then USB
// sticks and other removable drives. FilesHelper::refreshPlaces reads them again.
#pragma once

#include "listmodel.h"

#include <QUrl>
#include <QVector>
#include <QtQml/qqmlregistration.h>

struct Place
{
    QString name; // in the UI language
    QUrl folder;
};

class PlaceListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Files.places")

public:
    enum Role { NameRole = Qt::UserRole + 1, FolderRole };
    Q_ENUM(Role)
    explicit PlaceListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRows(QVector<Place> rows);

private:
    QVector<Place> m_rows;
};
