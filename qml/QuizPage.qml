// A quiz, one question per screen. The question's body depends on its type; "Check answer"
// saves the answer (feedback follows in practice mode, not in exam mode), then the next
// question; the result at the end. Enter checks or moves on; Esc leaves (answers are saved).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    property QuizController quiz
    signal leave()
    signal reviewRequested(string attemptId)
    signal lessonRequested(string moduleId, string lessonId)

    readonly property int questionIndex: quiz ? quiz.questionIndex : -1
    readonly property string questionType: quiz ? quiz.questionType : ""
    readonly property bool answered: quiz !== null && quiz.answered
    onQuestionIndexChanged: reloadBody()
    onQuizChanged: reloadBody()
    onAnsweredChanged: if (answered) nextButton.forceActiveFocus()

    function reloadBody() {
        body.sourceComponent = undefined
        if (!quiz || quiz.finished)
            return
        const t = quiz.questionType
        body.sourceComponent = t === "ordering" ? orderingBody : t === "matching" ? matchingBody
                             : t === "redflags" ? redFlagBody : t === "scenario" ? scenarioBody : choiceBody
    }
    function proceed() {
        if (!quiz || quiz.finished)
            return
        if (!quiz.answered) {
            if (body.item && body.item.answer !== null)
                quiz.submit(body.item.answer)
        } else {
            quiz.next()
        }
    }

    title: quiz ? quiz.title : ""
    background: Rectangle { color: Theme.background }
    focus: true
    Keys.onReturnPressed: proceed()
    Keys.onEnterPressed: proceed()
    Keys.onEscapePressed: page.leave()

    Component { id: choiceBody; ChoiceQuestion { quiz: page.quiz } }
    Component { id: orderingBody; OrderingQuestion { quiz: page.quiz } }
    Component { id: matchingBody; MatchingQuestion { quiz: page.quiz } }
    Component { id: redFlagBody; RedFlagQuestion { quiz: page.quiz } }
    Component { id: scenarioBody; ScenarioQuestion { quiz: page.quiz } }

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
                    text: page.quiz ? qsTr("Question %1 of %2").arg(page.quiz.questionIndex + 1).arg(page.quiz.questionCount) : ""
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

            Card {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
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
                            "scenario": qsTr("What would you do?")
                        })[page.questionType] || qsTr("Choose one answer")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.primary
                    }
                    Label {
                        textFormat: Text.PlainText
                        objectName: "prompt"
                        text: page.quiz ? page.quiz.prompt : ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                }
            }

            Loader {
                id: body
                objectName: "questionBody"
                Layout.fillWidth: true
                onLoaded: Qt.callLater(() => { if (item && page.quiz && !page.quiz.answered) item.takeFocus() })
            }

            Rectangle {
                objectName: "feedback"
                // A scenario's ending says how it went; no banner on top of it.
                visible: page.quiz !== null && page.quiz.showFeedback && page.questionType !== "scenario"
                Layout.fillWidth: true
                implicitHeight: feedbackLabel.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: page.quiz && page.quiz.lastCorrect ? Theme.successLight : Theme.dangerLight
                Label {
                    textFormat: Text.PlainText
                    id: feedbackLabel
                    anchors.fill: parent
                    anchors.margins: Theme.spacing
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: page.quiz && page.quiz.lastCorrect ? Theme.success : Theme.danger
                    text: !page.quiz ? ""
                          : page.quiz.lastCorrect ? qsTr("Right! Read why below each answer.")
                          : page.quiz.lastPoints > 0 ? qsTr("Partly right (%1 of 1 point). See the explanation for each answer.").arg(page.quiz.lastPointsText)
                          : qsTr("Not right this time. See the explanation for each answer.")
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: text
                }
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

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                ActionButton {
                    text: qsTr("Leave quiz")
                    flat: true
                    Accessible.name: qsTr("Leave the quiz; your answers so far are saved")
                    onClicked: page.leave()
                }
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "submitButton"
                    visible: page.quiz !== null && !page.quiz.answered && page.questionType !== "scenario"
                    enabled: body.item !== null && body.item.answer !== null
                    text: qsTr("Check answer")
                    highlighted: true
                    onClicked: page.proceed()
                }
                ActionButton {
                    id: nextButton
                    objectName: "nextButton"
                    visible: page.quiz !== null && page.quiz.answered
                    text: page.quiz && page.quiz.questionIndex + 1 < page.quiz.questionCount ? qsTr("Next question") : qsTr("See my result")
                    highlighted: true
                    onClicked: page.proceed()
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    QuizResult {
        objectName: "resultView"
        anchors.fill: parent
        visible: page.quiz !== null && page.quiz.finished
        quiz: page.quiz
        onRetry: App.startQuiz(page.quiz.moduleId)
        onLeave: page.leave()
        onReview: page.reviewRequested(page.quiz.attemptId)
        onLessonRequested: (lessonId) => page.lessonRequested(page.quiz.moduleId, lessonId)
    }
}
