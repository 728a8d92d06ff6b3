// Item analysis of one module's quiz over the open class, as QML sees it
// (`App.instructor.itemAnalysis`): one row per question, in the quiz's order.
#pragma once

#include "reportdata.h"

#include <QAbstractListModel>
#include <QVector>
#include <QtQml/qqmlregistration.h>

class ItemAnalysisModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.instructor.itemAnalysis")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Somebody in the class answered at least one of the questions.
    Q_PROPERTY(bool answered READ answered NOTIFY countChanged)

public:
    enum Role {
        PositionRole = Qt::UserRole, // 1..
        TextRole,
        TypeRole,        // course.h's type name: "single", "truefalse", ...
        RespondentsRole,
        SharePercentRole, // 0..100 answering right
        WrongTextRole,    // the wrong option chosen most; empty: none
        WrongCountRole,
        WrongTypedRole,   // typed answers: the common wrong ones, joined; else empty
        DiscriminationRole, // -1..1; kTooFew when too few answered
    };
    Q_ENUM(Role)
    static constexpr double kTooFew = -9;

    explicit ItemAnalysisModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}
    void setItems(QVector<khien::report::ReportItemRow> items);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return int(m_items.size()); }
    bool answered() const { return m_answered; }

signals:
    void countChanged();

private:
    QVector<khien::report::ReportItemRow> m_items;
    bool m_answered = false;
};
