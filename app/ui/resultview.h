// The result of a finished attempt as the result screen draws it: the core's ResultSummary
// (resultsummary.h) in the current language, as lists QML can repeat. No logic of its own.
#pragma once

#include "resultsummary.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class ResultView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Read QuizController.result")
    // {questionId, prompt}
    Q_PROPERTY(QVariantList wentWell READ wentWell NOTIFY changed)
    // {questionId, prompt, percent}: the share of the point earned
    Q_PROPERTY(QVariantList reviewNext READ reviewNext NOTIFY changed)
    // {questionId, prompt, outcome, endingSummary, percent,
    //  nodes: [{id, text, ending, outcome}], edges: [{from, to, choice, quality}]}
    // quality: good, risky, bad or "" (unrated)
    Q_PROPERTY(QVariantList scenarios READ scenarios NOTIFY changed)
    Q_PROPERTY(QString lessonId READ lessonId NOTIFY changed)
    Q_PROPERTY(QString lessonTitle READ lessonTitle NOTIFY changed)

public:
    explicit ResultView(QObject *parent = nullptr) : QObject(parent) {}

    void setSummary(khien::ResultSummary summary);
    void setLanguage(const QString &language);

    QVariantList wentWell() const;
    QVariantList reviewNext() const;
    QVariantList scenarios() const;
    QString lessonId() const { return m_summary.lessonId; }
    QString lessonTitle() const { return m_summary.lessonTitle.in(m_language); }

signals:
    void changed();

private:
    QVariantList questions(const QVector<khien::QuestionResult> &list) const;

    khien::ResultSummary m_summary;
    QString m_language = QStringLiteral("en");
};
