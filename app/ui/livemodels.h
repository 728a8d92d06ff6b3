// The live session's two lists as QML sees them: the open question's answer counts per option
// (the projector's bars: counts only, no names, no times) and, self-paced, each participant's
// progress (the instructor's dashboard).
#pragma once

#include "listmodel.h"

#include <QVector>
#include <QtQml/qqmlregistration.h>

struct LiveOptionRow
{
    QString optionId;
    QString text;
    int count = 0;
    bool correct = false; // a right answer: marked once revealed
};

class LiveOptionModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.live.options")
    // Answers counted over every option (a multiple-choice answer counts once per option ticked).
    Q_PROPERTY(int total READ total NOTIFY totalChanged)

public:
    enum Role { OptionIdRole = Qt::UserRole + 1, TextRole, CountRole, PercentRole, CorrectRole };
    Q_ENUM(Role)
    explicit LiveOptionModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    int total() const { return m_total; }
    // `respondents`: the percentages' base (people who answered), 0 shows 0 %.
    // The same options as before only change the counts, so bars move instead of flashing.
    void setRows(const QVector<LiveOptionRow> &rows, int respondents);

signals:
    void totalChanged();

private:
    QVector<LiveOptionRow> m_rows;
    int m_respondents = 0;
    int m_total = 0;
};

// Self-paced: one participant's progress, for the instructor's own screen (the page keeps the
// names hidden until asked, so the projector never shows them by accident).
struct LiveProgressRow
{
    QString name;
    int answered = 0;
    int correct = 0;
    bool finished = false;
    bool connected = false;
};

class LiveProgressModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.live.progress")

public:
    enum Role { NameRole = Qt::UserRole + 1, AnsweredRole, CorrectRole, FinishedRole, ConnectedRole };
    Q_ENUM(Role)
    explicit LiveProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRows(const QVector<LiveProgressRow> &rows);

private:
    QVector<LiveProgressRow> m_rows;
};
