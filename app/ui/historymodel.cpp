#include "historymodel.h"

#include "displayformat.h"

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    const HistoryRow *row = rowAt(m_rows, index);
    if (!row)
        return {};
    switch (role) {
    case AttemptIdRole: return row->attemptId;
    case ModuleTitleRole: return row->moduleTitle;
    case StartedAtRole: return row->startedAt;
    case FinishedRole: return row->finished;
    case AnsweredCountRole: return row->answeredCount;
    case QuestionCountRole: return row->questionCount;
    case ScoreRole: return row->score;
    case PercentRole: return row->percent;
    case PassedRole: return row->passed;
    case AbandonedRole: return row->abandoned;
    default: return {};
    }
}

QHash<int, QByteArray> HistoryModel::roleNames() const
{
    return {{AttemptIdRole, "attemptId"}, {ModuleTitleRole, "moduleTitle"},
            {StartedAtRole, "startedAt"}, {FinishedRole, "finished"},
            {AnsweredCountRole, "answeredCount"}, {QuestionCountRole, "questionCount"},
            {ScoreRole, "score"}, {PercentRole, "percent"}, {PassedRole, "passed"},
            {AbandonedRole, "abandoned"}};
}

void HistoryModel::reload(const khien::CourseCatalog &catalog,
                          const QVector<khien::AttemptRecord> &attempts, const QString &lang)
{
    QVector<HistoryRow> rows;
    for (const khien::AttemptRecord &a : attempts) {
        const khien::Module *module = catalog.module(a.moduleId);
        rows.append({a.id, module ? module->title.in(lang) : a.moduleId,
                     khien::formatDateTime(a.startedAt, lang), a.isFinished() && !a.abandoned,
                     a.answeredCount, qRound(a.maxScore), a.score,
                     a.maxScore > 0 ? 100 * a.score / a.maxScore : 0.0, a.passed, a.abandoned});
    }
    replaceRows(m_rows, std::move(rows));
}
