// The quiz a trainee is taking, as the quiz page sees it: a thin adapter over the core's
// AttemptRecorder, which scores and stores each answer (and each decision in a branching
// scenario) in one transaction before the page shows anything; if saving fails, it is not
// taken and the page says why, so what the trainee sees is always what is stored. In exam
// mode the page shows no feedback until the end.
#pragma once

#include "attemptrecorder.h"
#include "course.h"
#include "resultview.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QuizController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.startQuiz()")
    Q_PROPERTY(QString moduleId READ moduleId CONSTANT)
    Q_PROPERTY(QString attemptId READ attemptId CONSTANT)
    Q_PROPERTY(bool exam READ exam CONSTANT)
    Q_PROPERTY(bool practice READ practice CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY changed)
    Q_PROPERTY(int questionCount READ questionCount CONSTANT)
    Q_PROPERTY(QString questionId READ questionId NOTIFY changed)
    Q_PROPERTY(QString questionType READ questionType NOTIFY changed)
    Q_PROPERTY(QString prompt READ prompt NOTIFY changed)
    // single, multiple, truefalse, ordering (as first shown), redflags (mock parts in order):
    // {optionId, text, role, explanation, correct, chosen, correctPosition}
    Q_PROPERTY(QVariantList options READ options NOTIFY changed)
    Q_PROPERTY(QString mockKind READ mockKind NOTIFY changed)
    // missingword: the sentence after the gap (prompt is the part before it)
    Q_PROPERTY(QString promptAfter READ promptAfter NOTIFY changed)
    // shortanswer, numeric: what was typed (once answered); once feedback is due, the answers
    // accepted and the explanation that goes with the answer
    Q_PROPERTY(QString typedAnswer READ typedAnswer NOTIFY changed)
    Q_PROPERTY(QStringList acceptedAnswers READ acceptedAnswers NOTIFY changed)
    Q_PROPERTY(QString typedExplanation READ typedExplanation NOTIFY changed)
    Q_PROPERTY(int maxTypedLength READ maxTypedLength CONSTANT)
    // false when the content gives this question no explanation at all
    Q_PROPERTY(bool explained READ explained NOTIFY changed)
    // matching: the left items in file order {optionId, text, explanation, chosen, correctText}
    // and the right-hand sides as shown {optionId, text}
    Q_PROPERTY(QVariantList matchLeft READ matchLeft NOTIFY changed)
    Q_PROPERTY(QVariantList matchRight READ matchRight NOTIFY changed)
    // scenario: the step now, its choices {choiceId, text}, what the last choice led to, the
    // ending once reached {outcome, text, summary}, and the path {stepText, choiceText, consequence}
    Q_PROPERTY(QString stepText READ stepText NOTIFY changed)
    Q_PROPERTY(QVariantList stepChoices READ stepChoices NOTIFY changed)
    Q_PROPERTY(QString lastConsequence READ lastConsequence NOTIFY changed)
    Q_PROPERTY(QVariantMap ending READ ending NOTIFY changed)
    Q_PROPERTY(QVariantList scenarioPath READ scenarioPath NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    Q_PROPERTY(bool showFeedback READ showFeedback NOTIFY changed)
    Q_PROPERTY(bool lastCorrect READ lastCorrect NOTIFY changed)
    Q_PROPERTY(double lastPoints READ lastPoints NOTIFY changed)
    Q_PROPERTY(QString lastPointsText READ lastPointsText NOTIFY changed)
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(double score READ score NOTIFY changed)
    Q_PROPERTY(QString scoreText READ scoreText NOTIFY changed)
    Q_PROPERTY(int percent READ percent NOTIFY changed)
    Q_PROPERTY(bool passed READ passed NOTIFY changed)
    Q_PROPERTY(int passPercent READ passPercent CONSTANT)
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY timeChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    // Once finished: what went well, what to review next, each scenario's path.
    Q_PROPERTY(ResultView *result READ result CONSTANT)

public:
    // `reviewLesson`: the lesson the result points to for review; none in practice of mistakes.
    QuizController(khien::AttemptRecorder recorder, std::optional<khien::Lesson> reviewLesson,
                   QString language, QObject *parent = nullptr);

    QString moduleId() const { return m_recorder.context().moduleId; }
    QString attemptId() const { return m_recorder.context().attemptId; }
    bool exam() const { return m_session.quiz().exam; }
    bool practice() const { return m_recorder.isPractice(); }
    QString title() const;
    int questionIndex() const { return m_session.currentIndex(); }
    int questionCount() const { return m_session.questionCount(); }
    QString questionId() const { return m_session.currentQuestion().id; }
    QString questionType() const;
    QString prompt() const { return m_session.currentQuestion().prompt.in(m_language); }
    QVariantList options() const;
    QString mockKind() const { return m_session.currentQuestion().mockKind; }
    QString promptAfter() const { return m_session.currentQuestion().promptAfter.in(m_language); }
    QString typedAnswer() const;
    QStringList acceptedAnswers() const;
    QString typedExplanation() const;
    int maxTypedLength() const;
    bool explained() const;
    QVariantList matchLeft() const;
    QVariantList matchRight() const;
    QString stepText() const;
    QVariantList stepChoices() const;
    QString lastConsequence() const;
    QVariantMap ending() const;
    QVariantList scenarioPath() const;
    bool answered() const { return m_session.isCurrentAnswered(); }
    bool showFeedback() const { return answered() && !exam(); }
    bool lastCorrect() const;
    double lastPoints() const;
    QString lastPointsText() const { return formatPoints(lastPoints()); }
    bool finished() const { return m_recorder.isFinished(); }
    double score() const { return m_session.score(); }
    QString scoreText() const { return formatPoints(score()); }
    int percent() const { return qRound(m_session.percent()); }
    bool passed() const { return m_session.passed(); }
    int passPercent() const { return m_session.quiz().passPercent; }
    int remainingSeconds() const;
    QString errorMessage() const { return m_error; }
    ResultView *result() const { return m_result; }

    void setLanguage(const QString &language);

    // Scores and saves an answer to the current question (not a scenario); false, with
    // errorMessage, when it was refused or not saved. Typed answers: [text as typed]; empty
    // text, text too long and (numeric) text that is not a number are refused, not scored.
    Q_INVOKABLE bool submit(const QStringList &chosen);
    // Takes a choice in the current scenario step and saves the decision.
    Q_INVOKABLE bool choose(const QString &choiceId);
    // The next question, or the result once the last one is answered.
    Q_INVOKABLE void next();

signals:
    void changed();
    void timeChanged();
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
