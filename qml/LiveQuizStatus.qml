// On the quiz page of a live session: the connection being restored, the answer on its way,
// and the wait for the instructor's next question (paced). Each with a word, not colour alone.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    spacing: Theme.spacing
    // Hidden as a whole when there is nothing to say: a layout of hidden items keeps its height.
    visible: quiz !== null && quiz.live && !quiz.finished
             && (quiz.reconnecting || quiz.waiting || quiz.questionIndex < 0)

    Notice {
        objectName: "reconnectingBanner"
        Layout.fillWidth: true
        kind: "warning"
        text: root.quiz !== null && root.quiz.reconnecting
              ? qsTr("Connection to the instructor's computer lost. Reconnecting…") : ""
    }
    Card {
        objectName: "waitingCard"
        Layout.fillWidth: true
        visible: root.quiz !== null && (root.quiz.waiting || root.quiz.questionIndex < 0)
        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            BusyIndicator {
                running: parent.visible
                implicitWidth: 40
                implicitHeight: 40
                Accessible.name: waitingLabel.text
            }
            Label {
                id: waitingLabel
                objectName: "waitingText"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                text: qsTr("Waiting for the instructor…")
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
