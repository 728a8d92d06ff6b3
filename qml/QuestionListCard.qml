// A card listing questions of a result (what went well, what to review next), each with a
// small icon, and an optional button (what to do about them) above the list.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Card {
    id: card
    property string title: ""
    property string icon: ""
    property var questions: []   // {questionId, prompt, percent}
    property bool showPercent: false
    property string emptyText: ""
    property string actionText: ""   // empty: no button
    property string actionName: ""
    signal actionClicked()

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            text: card.title
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ActionButton {
            objectName: card.actionName
            visible: card.actionText.length > 0
            text: card.actionText
            highlighted: true
            onClicked: card.actionClicked()
            Layout.maximumWidth: parent.width
        }
        Label {
            objectName: "emptyList"
            visible: card.questions.length === 0
            textFormat: Text.PlainText
            text: card.emptyText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            Layout.fillWidth: true
        }
        Repeater {
            objectName: "questionRows"
            model: card.questions
            delegate: RowLayout {
                id: row
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing
                SvgIcon {
                    name: card.icon
                    size: 20
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 1
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    // Prompts can be whole stories: two lines say which question it was.
                    Label {
                        textFormat: Text.PlainText
                        text: row.modelData.prompt
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: card.showPercent && row.modelData.percent > 0
                        textFormat: Text.PlainText
                        text: qsTr("Partly right: %1% of the point").arg(row.modelData.percent)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }
    }
}
