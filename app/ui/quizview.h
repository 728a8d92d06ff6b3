// What the quiz page and the question bodies draw, whoever runs the quiz: QuizController
// (a quiz on this computer, stored in its database) or LiveQuizController (a live session's
// questions, answered to the instructor's computer). The getters' defaults are "nothing":
// each kind overrides what it has. Lists are maps the bodies read, documented once here.
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QuizView : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use App.startQuiz() or a live session")
    // A live session's quiz (LiveQuizController): waiting, sending and reconnecting apply.
    Q_PROPERTY(bool live READ live CONSTANT)
    Q_PROPERTY(bool exam READ exam CONSTANT)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int questionIndex READ questionIndex NOTIFY changed)
    Q_PROPERTY(int questionCount READ questionCount NOTIFY changed)
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
    // ending once reached {outcome, text, summary}, and the path {stepText, choiceText, consequence, line}
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
    Q_PROPERTY(int remainingSeconds READ remainingSeconds NOTIFY timeChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    // Live only: between questions (paced) the instructor has not opened the next one; an
    // answer is on its way and not yet acknowledged; the connection is being restored.
    Q_PROPERTY(bool waiting READ waiting NOTIFY changed)
    Q_PROPERTY(bool sending READ sending NOTIFY changed)
    Q_PROPERTY(bool reconnecting READ reconnecting NOTIFY changed)
    // Live only: the feedback in words (set with showFeedback) and the explanation under it.
    Q_PROPERTY(QString feedbackText READ feedbackText NOTIFY changed)
    Q_PROPERTY(QString explanation READ explanation NOTIFY changed)

public:
    using QObject::QObject;

    virtual bool live() const { return false; }
    virtual bool exam() const { return false; }
    virtual QString title() const { return {}; }
    virtual int questionIndex() const { return 0; }
    virtual int questionCount() const { return 0; }
    virtual QString questionType() const { return {}; }
    virtual QString prompt() const { return {}; }
    virtual QVariantList options() const { return {}; }
    virtual QString mockKind() const { return {}; }
    virtual QString promptAfter() const { return {}; }
    virtual QString typedAnswer() const { return {}; }
    virtual QStringList acceptedAnswers() const { return {}; }
    virtual QString typedExplanation() const { return {}; }
    virtual int maxTypedLength() const { return 500; }
    virtual bool explained() const { return false; }
    virtual QVariantList matchLeft() const { return {}; }
    virtual QVariantList matchRight() const { return {}; }
    virtual QString stepText() const { return {}; }
    virtual QVariantList stepChoices() const { return {}; }
    virtual QString lastConsequence() const { return {}; }
    virtual QVariantMap ending() const { return {}; }
    virtual QVariantList scenarioPath() const { return {}; }
    virtual bool answered() const { return false; }
    virtual bool showFeedback() const { return false; }
    virtual bool lastCorrect() const { return false; }
    virtual double lastPoints() const { return 0; }
    virtual QString lastPointsText() const { return {}; }
    virtual bool finished() const { return false; }
    virtual int remainingSeconds() const { return -1; }
    virtual QString errorMessage() const { return {}; }
    virtual bool waiting() const { return false; }
    virtual bool sending() const { return false; }
    virtual bool reconnecting() const { return false; }
    virtual QString feedbackText() const { return {}; }
    virtual QString explanation() const { return {}; }

    // Answers the current question (not a scenario): option ids, the order, the partners in
    // matchLeft's order, or [typed text]. False, with errorMessage, when refused.
    Q_INVOKABLE virtual bool submit(const QStringList &chosen) { Q_UNUSED(chosen) return false; }
    // Takes a choice in the current scenario step.
    Q_INVOKABLE virtual bool choose(const QString &choiceId) { Q_UNUSED(choiceId) return false; }
    // The next question, or the result once the last one is answered.
    Q_INVOKABLE virtual void next() {}

signals:
    void changed();
    void timeChanged();
};
