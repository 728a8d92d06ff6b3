// A quiz, one question per screen. The question's body depends on its type; "Check answer"
// saves the answer (feedback follows in practice mode, not in exam mode), then the next
// question; the result at the end. Enter checks or moves on, never leaves; Esc, "Leave quiz"
// and the top bar's Back leave, asking first when a choice on screen is not checked yet.
// Keyboard focus goes to the first answer control when a question or a scenario step
// appears, to "Next" after checking, to the result's main button at the end.
// The same page plays a live session's questions (QuizView.live): waiting, sending and
// reconnecting are shown by LiveQuizStatus, the end by LiveQuizEnd.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    property QuizView quiz
    readonly property QuizController localQuiz: quiz as QuizController
    readonly property LiveQuizController liveQuiz: quiz as LiveQuizController
    signal leave()
    signal reviewRequested(string attemptId)
    signal lessonRequested(string moduleId, string lessonId)

    readonly property int questionIndex: quiz ? quiz.questionIndex : -1
    readonly property string questionType: quiz ? quiz.questionType : ""
    readonly property bool answered: quiz !== null && quiz.answered
    onQuestionIndexChanged: { ReadAloud.stop(); reloadBody() }
    onQuizChanged: reloadBody()
    readonly property bool finished: quiz !== null && quiz.finished
    onAnsweredChanged: if (answered) nextButton.forceActiveFocus()
    onFinishedChanged: if (finished) Qt.callLater(() => { if (page) (page.liveQuiz ? liveEnd : resultView).takeFocus() })
    // A choice made on screen but not checked: leaving would lose it. A question type says
    // so with `touched`; one without it counts any answer it would submit.
    readonly property bool unsaved: body.item !== null && quiz !== null && !quiz.answered && !quiz.finished
                                    && (body.item.touched !== undefined ? body.item.touched === true
                                                                         : body.item.answer !== null)
    function requestLeave() {
        if (unsaved)
            confirmLeave.open()
        else
            page.leave()
    }

    // The body is loaded from its file with the quiz as an initial property: Qt 6.4 creates a
    // Loader's inline component in a context of its own, where the page's id is not in scope.
    function reloadBody() {
        body.source = ""
        if (!quiz || quiz.finished || quiz.questionIndex < 0)
            return
        const t = quiz.questionType
        const file = t === "ordering" ? "OrderingQuestion" : t === "matching" ? "MatchingQuestion"
                   : t === "redflags" ? "RedFlagQuestion" : t === "scenario" ? "ScenarioQuestion"
                   : t === "shortanswer" || t === "numeric" ? "TypedQuestion"
                   : t === "missingword" ? "MissingWordQuestion" : "ChoiceQuestion"
        body.setSource(Qt.resolvedUrl(file + ".qml"), { quiz: page.quiz })
    }
    function proceed() {
        if (!quiz || quiz.finished || quiz.sending)
            return
        if (!quiz.answered) {
            if (body.item && body.item.answer !== null)
                quiz.submit(body.item.answer)
        } else {
            quiz.next()
        }
    }

    // What the question's read-aloud button reads.
    function speech() {
        if (!quiz || quiz.finished)
            return ""
        const lines = [quiz.prompt + (quiz.questionType === "missingword" ? " … " + quiz.promptAfter : "")]
        const items = quiz.questionType === "matching" ? quiz.matchLeft : quiz.options
        const revealed = quiz.showFeedback
        for (let i = 0; i < items.length; ++i)
            lines.push((i + 1) + ". " + items[i].text
                       + (revealed && items[i].explanation ? " — " + items[i].explanation : ""))
        if (revealed && quiz.typedExplanation)
            lines.push(quiz.typedExplanation)
        if (feedbackLabel.visible && feedbackLabel.text)
            lines.push(feedbackLabel.text)
        return lines.join("\n")
    }
    title: quiz ? quiz.title : ""
    background: Rectangle { color: Theme.background }
    focus: true
    Keys.onReturnPressed: proceed()
    Keys.onEnterPressed: proceed()
    Keys.onEscapePressed: page.requestLeave()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: page.quiz !== null && !page.quiz.finished

        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacing }

            RowLayout {
                Layout.fillWidth: true
                Label {
                    textFormat: Text.PlainText
                    text: page.quiz ? page.quiz.title : ""
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    textFormat: Text.PlainText
                    visible: page.quiz !== null && page.quiz.exam
                    text: page.quiz && page.quiz.remainingSeconds >= 0
                          ? qsTr("Exam · %1 min left").arg(Math.ceil(page.quiz.remainingSeconds / 60))
                          : qsTr("Exam · results at the end")
                    font.pixelSize: Theme.fontSmall
                    color: Theme.accent
                }
                Label {
                    textFormat: Text.PlainText
                    objectName: "questionCounter"
                    text: page.quiz && page.quiz.questionIndex >= 0 ? qsTr("Question %1 of %2").arg(page.quiz.questionIndex + 1).arg(page.quiz.questionCount) : ""
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0
                to: page.quiz ? page.quiz.questionCount : 1
                value: page.quiz ? page.quiz.questionIndex + (page.quiz.answered ? 1 : 0) : 0
                Accessible.name: qsTr("Quiz progress")
            }

            LiveQuizStatus {
                Layout.fillWidth: true
                quiz: page.quiz
            }

            Card {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                visible: page.questionIndex >= 0
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: ({
                            "multiple": qsTr("Select all that apply"),
                            "truefalse": qsTr("True or false?"),
                            "ordering": qsTr("Put the steps in order"),
                            "matching": qsTr("Match each item with its partner"),
                            "redflags": qsTr("Spot the warning signs"),
                            "scenario": qsTr("What would you do?"),
                            "shortanswer": qsTr("Type your answer"),
                            "numeric": qsTr("Type a number"),
                            "missingword": qsTr("Choose the missing word")
                        })[page.questionType] || qsTr("Choose one answer")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.primary
                    }
                    Label {
                        textFormat: Text.PlainText
                        objectName: "prompt"
                        // A missing word's prompt is the start of the sentence the body shows.
                        visible: page.questionType !== "missingword"
                        text: page.quiz ? page.quiz.prompt : ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    // The question, its options and, once checked, the feedback and each explanation.
                    ReadAloudButton {
                        objectName: "readQuestion"
                        Layout.alignment: Qt.AlignRight
                        speech: page.speech()
                    }
                }
            }

            Loader {
                id: body
                objectName: "questionBody"
                Layout.fillWidth: true
                onLoaded: Qt.callLater(() => { if (item && page.quiz && !page.quiz.answered) item.takeFocus() })
            }
            // A body whose controls keep Enter for themselves (drop-downs) asks for "check" this way.
            Connections {
                target: body.item
                ignoreUnknownSignals: true
                function onProceedRequested() { page.proceed() }
            }

            Rectangle {
                objectName: "feedback"
                // A scenario's ending says how it went; no banner on top of it (a live scenario
                // closed by the instructor before its ending has only the banner).
                visible: page.quiz !== null && page.quiz.showFeedback
                         && (page.questionType !== "scenario" || page.quiz.feedbackText.length > 0)
                Layout.fillWidth: true
                implicitHeight: feedbackLabel.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: page.quiz && page.quiz.lastCorrect ? Theme.successLight : Theme.dangerLight
                Label {
                    textFormat: Text.PlainText
                    id: feedbackLabel
                    objectName: "feedbackText"
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: page.quiz && page.quiz.lastCorrect ? Theme.success : Theme.danger
                    readonly property bool typed: page.questionType === "shortanswer" || page.questionType === "numeric"
                    readonly property bool explained: page.quiz !== null && page.quiz.explained
                    text: !page.quiz ? ""
                          : page.quiz.live ? page.quiz.feedbackText
                          : (typed || !explained) && page.quiz.lastCorrect ? qsTr("Right!")
                          : typed && page.quiz.lastPoints > 0 ? qsTr("Partly right (%1 of 1 point). See the accepted answers.").arg(page.quiz.lastPointsText)
                          : typed ? qsTr("Not right this time. See the accepted answers.")
                          : !explained && page.quiz.lastPoints > 0 ? qsTr("Partly right (%1 of 1 point).").arg(page.quiz.lastPointsText)
                          : !explained ? qsTr("Not right this time.")
                          : page.quiz.lastCorrect ? qsTr("Right! Read why in the explanations above.")
                          : page.quiz.lastPoints > 0 ? qsTr("Partly right (%1 of 1 point). See the explanation for each answer.").arg(page.quiz.lastPointsText)
                          : qsTr("Not right this time. See the explanation for each answer.")
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "noExplanation"
                visible: page.quiz !== null && page.quiz.showFeedback && !page.quiz.explained && !page.quiz.live
                text: qsTr("No explanation was given for this question.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.italic: true
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "liveExplanation"
                visible: text.length > 0
                text: page.quiz ? page.quiz.explanation : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                visible: page.quiz !== null && page.quiz.exam && page.quiz.answered
                text: qsTr("Answer saved. You will see the results at the end.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }

            Notice {
                objectName: "quizError"
                Layout.fillWidth: true
                text: page.quiz ? page.quiz.errorMessage : ""
            }

            // The main action first after the answers, in reading and Tab order.
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                ActionButton {
                    objectName: "submitButton"
                    visible: page.quiz !== null && !page.quiz.answered && page.questionType !== "scenario"
                             && page.questionIndex >= 0
                    enabled: body.item !== null && body.item.answer !== null && !page.quiz.sending
                    text: page.quiz && page.quiz.sending ? qsTr("Sending…") : qsTr("Check answer")
                    highlighted: true
                    onClicked: page.proceed()
                }
                ActionButton {
                    id: nextButton
                    objectName: "nextButton"
                    // Live and paced, the instructor opens the next question: nothing to press.
                    visible: page.quiz !== null && page.quiz.answered && !page.quiz.waiting
                    // The focus lands here after checking: a screen reader says the feedback with it.
                    Accessible.description: feedbackLabel.visible ? feedbackLabel.text
                                            : page.quiz && page.quiz.exam ? qsTr("Answer saved. You will see the results at the end.") : ""
                    text: page.quiz && page.quiz.questionIndex + 1 < page.quiz.questionCount ? qsTr("Next question") : qsTr("See my result")
                    highlighted: true
                    onClicked: page.proceed()
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "leaveButton"
                    text: qsTr("Leave quiz")
                    flat: true
                    enterActivates: false
                    Accessible.name: page.quiz && page.quiz.live ? qsTr("Leave the live session; your answers so far are saved on the instructor's computer")
                                                                 : qsTr("Leave the quiz; your answers so far are saved")
                    onClicked: page.requestLeave()
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    ConfirmDialog {
        id: confirmLeave
        objectName: "confirmLeave"
        title: qsTr("Leave the quiz?")
        text: qsTr("Your choice on this question is not checked yet and will be lost. The answers you have checked are saved.")
        acceptText: qsTr("Leave quiz")
        rejectText: qsTr("Stay")
        destructive: true
        onAccepted: page.leave()
        onClosed: if (!page.finished && body.item) body.item.takeFocus()
    }

    QuizResult {
        id: resultView
        objectName: "resultView"
        anchors.fill: parent
        visible: page.localQuiz !== null && page.localQuiz.finished
        quiz: page.localQuiz
        onRetry: App.startQuiz(page.localQuiz.moduleId)
        onLeave: page.leave()
        onReview: page.reviewRequested(page.localQuiz.attemptId)
        onLessonRequested: (lessonId) => page.lessonRequested(page.localQuiz.moduleId, lessonId)
    }
    LiveQuizEnd {
        id: liveEnd
        objectName: "liveEnd"
        anchors.fill: parent
        visible: page.liveQuiz !== null && page.liveQuiz.finished
        quiz: page.liveQuiz
        onLeave: page.leave()
    }
}
