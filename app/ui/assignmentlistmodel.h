// What the signed-in trainee's classes assign (App.assignments): the latest session held up
// to today and any later ones, newest first, each with its modules and the trainee's grade.
// AppController reloads it whenever the trainee, their progress or the language changes.
#pragma once

#include "listmodel.h"

#include <QVariantList>
#include <QVector>
#include <QtQml/qqmlregistration.h>

struct AssignedModuleEntry
{
    Q_GADGET
    QML_VALUE_TYPE(assignedModule)
    Q_PROPERTY(QString moduleId MEMBER moduleId CONSTANT)
    Q_PROPERTY(QString title MEMBER title CONSTANT)
    Q_PROPERTY(bool passed MEMBER passed CONSTANT)
    Q_PROPERTY(int grade MEMBER grade CONSTANT) // whole percent; -1: none yet

public:
    QString moduleId;
    QString title;
    bool passed = false;
    int grade = -1;
};

struct AssignmentEntry
{
    QString title;
    QString date; // in the UI language
    QString className;
    QVariantList modules; // of AssignedModuleEntry
};

class AssignmentListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.assignments")

public:
    enum Role { TitleRole = Qt::UserRole + 1, DateRole, ClassNameRole, ModulesRole };
    Q_ENUM(Role)
    explicit AssignmentListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRows(QVector<AssignmentEntry> rows);

private:
    QVector<AssignmentEntry> m_rows;
};
