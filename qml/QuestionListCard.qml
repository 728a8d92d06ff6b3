// A card listing questions of a result (what went well, what to review next), each with a
// small icon, and an optional button under the list.
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
                required property var modelData
                Layout.fillWidth: true
                spacing: Theme.spacing
                SvgIcon {
                    name: card.icon
                    size: 20
                    Layout.alignment: Qt.AlignTop
                    Layout.topMargin: 1
                }
                Label {
                    textFormat: Text.PlainText
                    text: card.showPercent ? qsTr("%1 (%2% of the point)").arg(modelData.prompt).arg(modelData.percent)
                                           : modelData.prompt
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Layout.fillWidth: true
                }
            }
        }
        ActionButton {
            objectName: card.actionName
            visible: card.actionText.length > 0
            text: card.actionText
            onClicked: card.actionClicked()
            Layout.maximumWidth: parent.width
        }
    }
}
