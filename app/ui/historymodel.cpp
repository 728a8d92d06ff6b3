#include "historymodel.h"

#include "displayformat.h"

HistoryModel::HistoryModel(QObject *parent)
    : RowsModel({QStringLiteral("attemptId"), QStringLiteral("moduleTitle"), QStringLiteral("startedAt"),
                 QStringLiteral("finished"), QStringLiteral("answeredCount"),
                 QStringLiteral("questionCount"), QStringLiteral("score"),
                 QStringLiteral("percent"), QStringLiteral("passed"), QStringLiteral("abandoned")},
                parent)
{
}

void HistoryModel::reload(const khien::CourseCatalog &catalog,
                          const QVector<khien::AttemptRecord> &attempts, const QString &lang)
{
    QVector<QVariantMap> rows;
    for (const khien::AttemptRecord &a : attempts) {
        const khien::Module *module = catalog.module(a.moduleId);
        rows.append({{QStringLiteral("attemptId"), a.id},
                     {QStringLiteral("moduleTitle"), module ? module->title.in(lang) : a.moduleId},
                     {QStringLiteral("startedAt"), khien::formatDateTime(a.startedAt, lang)},
                     {QStringLiteral("finished"), a.isFinished() && !a.abandoned},
                     {QStringLiteral("answeredCount"), a.answeredCount},
                     {QStringLiteral("questionCount"), qRound(a.maxScore)},
                     {QStringLiteral("score"), a.score},
                     {QStringLiteral("percent"), a.maxScore > 0 ? 100 * a.score / a.maxScore : 0.0},
                     {QStringLiteral("passed"), a.passed},
                     {QStringLiteral("abandoned"), a.abandoned}});
    }
    setRows(rows);
}
