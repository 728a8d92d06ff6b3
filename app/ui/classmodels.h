// The instructor's lists: classes on this PC, and one class's dated sessions.
#pragma once

#include "coursecatalog.h"
#include "listmodel.h"
#include "storerecords.h"

class ClassListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.classes")

public:
    enum Role { ClassIdRole = Qt::UserRole + 1, NameRole, MemberCountRole, SessionCountRole };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reload(QVector<khien::ClassRecord> classes);

private:
    QVector<khien::ClassRecord> m_rows;
};

struct SessionRow
{
    QString sessionId; // empty: the "All modules" row
    QString title;
    QString date;      // in the UI language
    QString modules;   // module titles, " · " between them
    QString label;     // "date · title", or "All modules", for a chooser
};

class SessionListModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.sessions")

public:
    // The dashboard's chooser starts with a row that stands for every module.
    enum class FirstRow { None, AllModules };
    enum Role { SessionIdRole = Qt::UserRole + 1, TitleRole, DateRole, ModulesRole, LabelRole };
    Q_ENUM(Role)
    explicit SessionListModel(FirstRow first = FirstRow::None, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    // The row of `sessionId` ("" for All modules), -1 when it is not listed.
    Q_INVOKABLE int indexOfSession(const QString &sessionId) const;
    void reload(const QVector<khien::SessionRecord> &sessions, const khien::CourseCatalog &catalog,
                const QString &lang);

private:
    FirstRow m_first;
    QVector<SessionRow> m_rows;
};
