// One module on the home page: its icon, title, summary and the trainee's progress in it,
// with an icon and a word for where they stand (passed, not passed, in progress, not started).
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
    required property url iconUrl
    required property string status // passed, not-passed, in-progress, not-started
    signal opened()
    function focusOpen() { openButton.forceActiveFocus() }

    RowLayout {
        width: parent.width
        spacing: Theme.margin

        Image {
            objectName: "moduleIcon"
            visible: card.iconUrl.toString().length > 0
            source: card.iconUrl
            sourceSize.width: 64
            sourceSize.height: 64
            Layout.preferredWidth: 64
            Layout.preferredHeight: 64
            Layout.alignment: Qt.AlignTop
            Accessible.ignored: true
        }
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
            Flow {
                spacing: Theme.spacing
                Layout.fillWidth: true
                Row {
                    spacing: 6
                    SvgIcon {
                        name: card.status
                        size: 20
                    }
                    Label {
                        objectName: "moduleStatus"
                        textFormat: Text.PlainText
                        text: card.status === "passed" ? qsTr("Passed")
                            : card.status === "not-passed" ? qsTr("Not passed yet")
                            : card.status === "in-progress" ? qsTr("In progress") : qsTr("Not started")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: card.status === "passed" ? Theme.success : card.status === "not-passed" ? Theme.danger : Theme.textMuted
                        anchors.verticalCenter: parent.verticalCenter
                    }
                }
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
