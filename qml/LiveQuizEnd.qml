// The end of a live session on this computer: the score the instructor's computer sent, where
// the answers are kept (not here), and the way home.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Item {
    id: root
    property LiveQuizController quiz
    signal leave()
    function takeFocus() { homeButton.forceActiveFocus() }

    ColumnLayout {
        width: Theme.columnWidth(root.width)
        x: (root.width - width) / 2
        y: Theme.margin * 2
        spacing: Theme.margin
        Label {
            textFormat: Text.PlainText
            text: qsTr("The live session is over")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            objectName: "liveScore"
            textFormat: Text.PlainText
            text: root.quiz ? qsTr("Your score: %1").arg(root.quiz.scoreText) : ""
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Your answers are saved on the instructor's computer, not on this one.")
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ActionButton {
            id: homeButton
            objectName: "liveHomeButton"
            text: qsTr("Back to my modules")
            highlighted: true
            Accessible.name: text
            onClicked: root.leave()
        }
    }
}
