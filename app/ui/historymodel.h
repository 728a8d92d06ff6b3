// The signed-in trainee's quiz attempts, newest first, including interrupted ones.
#pragma once

#include "coursecatalog.h"
#include "rowsmodel.h"
#include "storerecords.h"

class HistoryModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.history")

public:
    explicit HistoryModel(QObject *parent = nullptr);
    void reload(const khien::CourseCatalog &catalog, const QVector<khien::AttemptRecord> &attempts,
                const QString &lang);
};
