#include "reviewmodel.h"

#include "appcontroller.h"

ReviewModel::ReviewModel(QObject *parent)
    : ListModel(parent)
{
}

void ReviewModel::setAttemptId(const QString &attemptId)
{
    if (attemptId == m_attemptId)
        return;
    m_attemptId = attemptId;
    emit attemptIdChanged();
    reload();
}

void ReviewModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit languageChanged();
    reload();
}

void ReviewModel::componentComplete()
{
    m_complete = true;
    reload();
}

void ReviewModel::reload()
{
    if (!m_complete)
        return;
    const AppController *app = AppController::instance();
    QVector<ReviewItem> items = app && !m_attemptId.isEmpty() ? app->reviewItems(m_attemptId, m_language)
                                                              : QVector<ReviewItem>{};
    replaceRows(m_items, std::move(items));
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReviewItem &item = m_items.at(index.row());
    switch (role) {
    case QuestionIdRole: return item.questionId;
    case TypeRole: return item.type;
    case PromptRole: return item.prompt;
    case ExplainedRole: return item.explained;
    case AnsweredRole: return item.answered;
    case CorrectRole: return item.correct;
    case PointsRole: return item.points;
    case LinesRole: return item.lines;
    default: return {};
    }
}

QHash<int, QByteArray> ReviewModel::roleNames() const
{
    return {{QuestionIdRole, "questionId"}, {TypeRole, "type"}, {PromptRole, "prompt"},
            {ExplainedRole, "explained"}, {AnsweredRole, "answered"}, {CorrectRole, "correct"},
            {PointsRole, "points"}, {LinesRole, "lines"}};
}
