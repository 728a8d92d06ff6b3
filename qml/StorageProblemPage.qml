// Shown when the database cannot be used: says why and offers a fresh database beside it.
// The unusable file is never overwritten.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    background: Rectangle { color: Theme.background }

    Card {
        anchors.centerIn: parent
        width: Theme.columnWidth(parent.width)
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: qsTr("Your progress file cannot be used")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "storageProblem"
                text: App.storageProblem
                wrapMode: Text.WrapAnywhere
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("You can start a new, empty progress file next to it. The old file stays as it is, so an administrator can still recover it.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Item { Layout.fillWidth: true }
                ActionButton {
                    text: qsTr("Quit")
                    Accessible.name: text
                    onClicked: Qt.quit()
                }
                ActionButton {
                    objectName: "freshDatabase"
                    text: qsTr("Start a new progress file")
                    highlighted: true
                    Accessible.name: text
                    onClicked: App.startFreshDatabase()
                }
            }
        }
    }
}
