// The end of a quiz: score, pass or fail against the pass mark, and what to do next.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Item {
    id: root
    property QuizController quiz
    signal retry()
    signal leave()
    signal review()
    function takeFocus() { backToModule.forceActiveFocus() }

    Card {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, 560)
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: !root.quiz ? "" : root.quiz.practice ? qsTr("Practice round done")
                      : root.quiz.passed ? qsTr("Well done — you passed") : qsTr("Not passed yet")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: root.quiz && (root.quiz.passed || root.quiz.practice) ? Theme.success : Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "resultScore"
                text: root.quiz ? qsTr("Score: %1 of %2 points (%3%)").arg(root.quiz.scoreText)
                                     .arg(root.quiz.questionCount).arg(root.quiz.percent) : ""
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                visible: root.quiz !== null && !root.quiz.practice
                text: root.quiz ? qsTr("Pass mark: %1%").arg(root.quiz.passPercent) : ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                textFormat: Text.PlainText
                text: !root.quiz ? ""
                      : root.quiz.practice ? qsTr("Questions you got right come back less often; the ones you missed come back soon.")
                      : root.quiz.passed ? qsTr("Your result is saved. Keep the habits from this module in daily life.")
                      : qsTr("Your result is saved. Read the lesson again, then try once more.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.fillWidth: true
            }
            Notice {
                Layout.fillWidth: true
                text: root.quiz ? root.quiz.errorMessage : ""
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                Item { Layout.fillWidth: true }
                ActionButton {
                    objectName: "reviewButton"
                    visible: root.quiz !== null && !root.quiz.practice
                    text: qsTr("Review answers")
                    onClicked: root.review()
                }
                ActionButton {
                    objectName: "retryButton"
                    visible: root.quiz !== null && !root.quiz.practice
                    text: qsTr("Try again")
                    Accessible.name: text
                    onClicked: root.retry()
                }
                ActionButton {
                    id: backToModule
                    objectName: "backToModule"
                    text: qsTr("Back to the module")
                    highlighted: true
                    Accessible.name: text
                    onClicked: root.leave()
                }
            }
        }
    }
}
