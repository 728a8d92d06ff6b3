#include "resultview.h"

#include <QtMath>

namespace {

QString qualityName(khien::ChoiceQuality q)
{
    switch (q) {
    case khien::ChoiceQuality::Good:
        return QStringLiteral("good");
    case khien::ChoiceQuality::Risky:
        return QStringLiteral("risky");
    case khien::ChoiceQuality::Bad:
        return QStringLiteral("bad");
    case khien::ChoiceQuality::Unrated:
        break;
    }
    return {};
}

} // namespace

void ResultView::setSummary(khien::ResultSummary summary)
{
    m_summary = std::move(summary);
    emit changed();
}

void ResultView::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    emit changed();
}

QVariantList ResultView::questions(const QVector<khien::QuestionResult> &list) const
{
    QVariantList rows;
    for (const khien::QuestionResult &q : list)
        rows.append(QVariantMap{{QStringLiteral("questionId"), q.questionId},
                                {QStringLiteral("prompt"), q.prompt.in(m_language)},
                                {QStringLiteral("percent"), qRound(100 * q.points)}});
    return rows;
}

QVariantList ResultView::wentWell() const
{
    return questions(m_summary.wentWell);
}

QVariantList ResultView::reviewNext() const
{
    return questions(m_summary.reviewNext);
}

QVariantList ResultView::scenarios() const
{
    QVariantList list;
    for (const khien::ScenarioPath &p : m_summary.scenarios) {
        QVariantList nodes, edges;
        for (const khien::PathNode &n : p.nodes)
            nodes.append(QVariantMap{{QStringLiteral("id"), n.id},
                                     {QStringLiteral("text"), n.text.in(m_language)},
                                     {QStringLiteral("ending"), n.ending},
                                     {QStringLiteral("outcome"), n.outcome}});
        for (const khien::PathEdge &e : p.edges)
            edges.append(QVariantMap{{QStringLiteral("from"), e.from},
                                     {QStringLiteral("to"), e.to},
                                     {QStringLiteral("choice"), e.choice.in(m_language)},
                                     {QStringLiteral("quality"), qualityName(e.quality)}});
        list.append(QVariantMap{{QStringLiteral("questionId"), p.questionId},
                                {QStringLiteral("prompt"), p.prompt.in(m_language)},
                                {QStringLiteral("outcome"), p.outcome},
                                {QStringLiteral("endingSummary"), p.endingSummary.in(m_language)},
                                {QStringLiteral("percent"), qRound(100 * p.points)},
                                {QStringLiteral("nodes"), nodes},
                                {QStringLiteral("edges"), edges}});
    }
    return list;
}
