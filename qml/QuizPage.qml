// A quiz, one question per screen: choose, check (the answer is saved and explained), go on;
// the result at the end. Enter checks or moves on; Esc leaves (answers are already saved).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    property QuizController quiz
    signal leave()

    property var selection: []
    readonly property bool multiple: quiz !== null && quiz.questionType === "multiple"
    readonly property int questionIndex: quiz ? quiz.questionIndex : -1
    onQuestionIndexChanged: selection = []
    onQuizChanged: selection = []
    readonly property bool answered: quiz !== null && quiz.answered
    onAnsweredChanged: if (answered) nextButton.forceActiveFocus()

    function toggle(optionId) {
        if (!multiple) {
            selection = [optionId]
        } else if (selection.indexOf(optionId) >= 0) {
            selection = selection.filter(id => id !== optionId)
        } else {
            selection = selection.concat([optionId])
        }
    }
    function proceed() {
        if (!quiz || quiz.finished)
            return
        if (!quiz.answered)
            quiz.submit(selection)
        else
            quiz.next()
    }

    title: quiz ? quiz.title : ""
    background: Rectangle { color: Theme.background }
    focus: true
    Keys.onReturnPressed: proceed()
    Keys.onEnterPressed: proceed()
    Keys.onEscapePressed: page.leave()

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        visible: page.quiz !== null && !page.quiz.finished

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacing }

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: page.quiz ? page.quiz.title : ""
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
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
                        text: !page.quiz ? ""
                              : page.quiz.questionType === "multiple" ? qsTr("Select all that apply")
                              : page.quiz.questionType === "truefalse" ? qsTr("True or false?")
                              : qsTr("Choose one answer")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.primary
                    }
                    Label {
                        objectName: "prompt"
                        text: page.quiz ? page.quiz.prompt : ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontLarge
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                }
            }

            Repeater {
                id: optionRepeater
                // Keyboard users start on the first answer of each question.
                onItemAdded: (index, item) => { if (index === 0 && page.quiz && !page.quiz.answered) item.takeFocus() }
                model: page.quiz ? page.quiz.options : []
                delegate: AnswerOption {
                    required property var modelData
                    Layout.fillWidth: true
                    option: modelData
                    multiple: page.multiple
                    revealed: page.quiz !== null && page.quiz.answered
                    selected: revealed ? modelData.chosen : page.selection.indexOf(modelData.optionId) >= 0
                    onToggled: page.toggle(modelData.optionId)
                }
            }

            Rectangle {
                objectName: "feedback"
                visible: page.quiz !== null && page.quiz.answered
                Layout.fillWidth: true
                implicitHeight: feedbackLabel.implicitHeight + 2 * Theme.spacing
                radius: Theme.radius
                color: page.quiz && page.quiz.lastCorrect ? Theme.successLight : Theme.dangerLight
                Label {
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
                    visible: page.quiz !== null && !page.quiz.answered
                    enabled: page.selection.length > 0
                    text: qsTr("Check answer")
                    highlighted: true
                    Accessible.name: text
                    onClicked: page.proceed()
                }
                ActionButton {
                    id: nextButton
                    objectName: "nextButton"
                    visible: page.quiz !== null && page.quiz.answered
                    text: page.quiz && page.quiz.questionIndex + 1 < page.quiz.questionCount ? qsTr("Next question") : qsTr("See my result")
                    highlighted: true
                    Accessible.name: text
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
    }
}
