// One module on the home page: title, summary and the trainee's progress in it.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Card {
    id: card
    required property string moduleId
    required property string title
    required property string summary
    required property int lessonCount
    required property int lessonsRead
    required property int questionCount
    required property real bestPercent
    required property bool passed
    signal opened()
    function focusOpen() { openButton.forceActiveFocus() }

    RowLayout {
        width: parent.width
        spacing: Theme.margin

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 6
            Label {
                textFormat: Text.PlainText
                text: card.title
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: card.summary
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    visible: card.lessonCount > 0 // a question bank has no lessons
                    text: qsTr("Lessons read: %1 of %2").arg(card.lessonsRead).arg(card.lessonCount)
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    textFormat: Text.PlainText
                    visible: card.questionCount > 0
                    text: card.bestPercent < 0 ? qsTr("Quiz not taken yet")
                                               : qsTr("Best quiz score: %1%").arg(Format.number(card.bestPercent, App.language))
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    textFormat: Text.PlainText
                    visible: card.passed
                    text: qsTr("Passed")
                    font.pixelSize: Theme.fontSmall
                    font.bold: true
                    color: Theme.success
                }
            }
        }
        ActionButton {
            id: openButton
            text: qsTr("Open")
            highlighted: true
            Accessible.name: qsTr("Open module %1").arg(card.title)
            onClicked: card.opened()
        }
    }
}
