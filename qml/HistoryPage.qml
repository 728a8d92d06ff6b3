// The trainee's quiz attempts: when, which module, score, and whether it was finished.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    title: qsTr("My history")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            text: qsTr("My history")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        Label {
            visible: App.history.count === 0
            text: qsTr("No quiz attempts yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.contentWidth
            Layout.alignment: Qt.AlignHCenter
            clip: true
            spacing: 8
            model: App.history
            focus: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Quiz attempts, newest first")
            ScrollBar.vertical: ScrollBar {}
            delegate: Card {
                required property string moduleTitle
                required property string startedAt
                required property bool finished
                required property int answeredCount
                required property int questionCount
                required property int percent
                required property bool passed
                width: ListView.view.width
                padding: Theme.spacing + 4
                Accessible.name: moduleTitle + ", " + startedAt + ", " + status.text
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            text: moduleTitle
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: startedAt
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    Label {
                        id: status
                        text: finished ? (passed ? qsTr("%1% · passed").arg(percent) : qsTr("%1% · not passed").arg(percent))
                                       : qsTr("Interrupted · %1 of %2 answered (saved)").arg(answeredCount).arg(questionCount)
                        font.pixelSize: Theme.fontBody
                        color: !finished ? Theme.accent : passed ? Theme.success : Theme.danger
                    }
                }
            }
        }
    }
}
