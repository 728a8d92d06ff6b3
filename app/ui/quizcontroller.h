// The quiz a trainee is taking, as the quiz page sees it: a thin adapter over the core's
// AttemptRecorder, which scores and stores each answer (and each decision in a branching
// scenario) in one transaction before the page shows anything; if saving fails, it is not
// taken and the page says why, so what the trainee sees is always what is stored. In exam
// mode the page shows no feedback until the end.
#pragma once

#include "attemptrecorder.h"
#include "course.h"
#include "quizview.h"
#include "resultview.h"

#include <QElapsedTimer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

class QuizController : public QuizView
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.startQuiz()")
    Q_PROPERTY(QString moduleId READ moduleId CONSTANT)
    Q_PROPERTY(QString attemptId READ attemptId CONSTANT)
    Q_PROPERTY(QString questionId READ questionId NOTIFY changed)
    Q_PROPERTY(bool practice READ practice CONSTANT)
    Q_PROPERTY(double score READ score NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    Q_PROPERTY(int percent READ percent NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(int passPercent READ passPercent CONSTANT)
    // Once finished: what went well, what to review next, each scenario's path.
    Q_PROPERTY(ResultView *result READ result CONSTANT)

public:
    // `reviewLesson`: the lesson the result points to for review; none in practice of mistakes.
    QuizController(khien::AttemptRecorder recorder, std::optional<khien::Lesson> reviewLesson,
                   QString language, QObject *parent = nullptr);

    QString moduleId() const { return m_recorder.context().moduleId; }
    QString attemptId() const { return m_recorder.context().attemptId; }
    bool exam() const override { return m_session.quiz().exam; }
    bool practice() const { return m_recorder.isPractice(); }
    QString title() const override;
    int questionIndex() const override { return m_session.currentIndex(); }
    int questionCount() const override { return m_session.questionCount(); }
    QString questionId() const { return m_session.currentQuestion().id; }
    QString questionType() const override;
    QString prompt() const override { return m_session.currentQuestion().prompt.in(m_language); }
    QVariantList options() const override;
    QString mockKind() const override { return m_session.currentQuestion().mockKind; }
    QString promptAfter() const override { return m_session.currentQuestion().promptAfter.in(m_language); }
    QString typedAnswer() const override;
    QStringList acceptedAnswers() const override;
    QString typedExplanation() const override;
    int maxTypedLength() const override;
    bool explained() const override;
    QVariantList matchLeft() const override;
    QVariantList matchRight() const override;
    QString stepText() const override;
    QVariantList stepChoices() const override;
    QString lastConsequence() const override;
    QVariantMap ending() const override;
    QVariantList scenarioPath() const override;
    bool answered() const override { return m_session.isCurrentAnswered(); }
    bool showFeedback() const override { return answered() && !exam(); }
    bool lastCorrect() const override;
    double lastPoints() const override;
    QString lastPointsText() const override { return formatPoints(lastPoints()); }
    bool finished() const override { return m_recorder.isFinished(); }
    double score() const { return m_session.score(); }
    QString scoreText() const { return formatPoints(score()); }
    int percent() const { return qRound(m_session.percent()); }
    bool passed() const { return m_session.passed(); }
    int passPercent() const { return m_session.quiz().passPercent; }
    int remainingSeconds() const override;
    QString errorMessage() const override { return m_error; }
    ResultView *result() const { return m_result; }

    void setLanguage(const QString &language);

    // Scores and saves an answer to the current question (not a scenario); false, with
    // errorMessage, when it was refused or not saved. Typed answers: [text as typed]; empty
    // text, text too long and (numeric) text that is not a number are refused, not scored.
    Q_INVOKABLE bool submit(const QStringList &chosen) override;
    // Takes a choice in the current scenario step and saves the decision.
    Q_INVOKABLE bool choose(const QString &choiceId) override;
    // The next question, or the result once the last one is answered.
    Q_INVOKABLE void next() override;

signals:
    void attemptFinished();

private:
    QString formatPoints(double points) const;
    QString text(const khien::LocalizedText &t) const { return t.in(m_language); }
    khien::AttemptRecorder::Shown shown() const;
    // Takes the recorder's verdict on an answer or a choice: true when it was stored.
    bool settle(const khien::CoreError &error, bool scenario);
    std::optional<QStringList> acceptTyped(const khien::Question &q, const QStringList &chosen);
    void finishAttempt();

    khien::AttemptRecorder m_recorder;
    const khien::QuizSession &m_session; // the recorder's, read-only here
    std::optional<khien::Lesson> m_reviewLesson;
    QString m_language;
    QString m_error;
    QElapsedTimer m_shownFor;
    QElapsedTimer m_examClock;
    QTimer m_tick;
    ResultView *m_result = nullptr;
};
