// The instructor's lists: classes on this PC, and one class's dated sessions.
#pragma once

#include "coursecatalog.h"
#include "rowsmodel.h"
#include "storerecords.h"

class ClassListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.classes")

public:
    explicit ClassListModel(QObject *parent = nullptr);
    void reload(const QVector<khien::ClassRecord> &classes);
};

class SessionListModel : public RowsModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.sessions")

public:
    explicit SessionListModel(QObject *parent = nullptr);
    void reload(const QVector<khien::SessionRecord> &sessions, const khien::CourseCatalog &catalog,
                const QString &lang);
};
