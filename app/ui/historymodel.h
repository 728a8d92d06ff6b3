// A trainee's quiz attempts, newest first, including interrupted ones (App.history for the
// signed-in trainee, App.instructor.traineeHistory for the one an instructor looks at).
#pragma once

#include "coursecatalog.h"
#include "listmodel.h"
#include "storerecords.h"

struct HistoryRow
{
    QString attemptId;
    QString moduleTitle;
    QString startedAt; // date and time in the UI language
    bool finished = false; // finished, not abandoned
    int answeredCount = 0;
    int questionCount = 0;
    double score = 0;
    double percent = 0;
    bool passed = false;
    bool abandoned = false;
};

class HistoryModel : public ListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.history")

public:
    enum Role {
        AttemptIdRole = Qt::UserRole + 1, ModuleTitleRole, StartedAtRole, FinishedRole,
        AnsweredCountRole, QuestionCountRole, ScoreRole, PercentRole, PassedRole, AbandonedRole
    };
    Q_ENUM(Role)
    using ListModel::ListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void reload(const khien::CourseCatalog &catalog, const QVector<khien::AttemptRecord> &attempts,
                const QString &lang);

private:
    QVector<HistoryRow> m_rows;
};
