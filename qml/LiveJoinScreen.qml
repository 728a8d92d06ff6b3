// The live session's join screen for the projector: the QR code of the join URL, the address
// to type, the session code and how many have joined. Never a name.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Rectangle {
    id: screen
    property string joinUrl: ""
    property string code: ""
    property int participants: 0
    // The address as typed on a phone: the URL without the code fragment.
    readonly property string typedAddress: joinUrl.split("#")[0]
    readonly property real unit: Math.max(0.6, Math.min(1.6, height / 640))
    color: "white"

    RowLayout {
        anchors.fill: parent
        anchors.margins: 32 * screen.unit
        spacing: 40 * screen.unit

        LiveQrCode {
            objectName: "joinQr"
            text: screen.joinUrl
            Layout.preferredWidth: Math.min(screen.height - 64 * screen.unit, screen.width * 0.45)
            Layout.preferredHeight: Layout.preferredWidth
            Layout.alignment: Qt.AlignVCenter
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the join address")
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
            spacing: 14 * screen.unit
            Label {
                textFormat: Text.PlainText
                text: qsTr("Join the live session")
                font.pixelSize: 40 * screen.unit
                font.bold: true
                color: Theme.primary
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Connect to the room's Wi-Fi, then scan the code or open this address:")
                font.pixelSize: 22 * screen.unit
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "joinAddress"
                textFormat: Text.PlainText
                text: screen.typedAddress
                font.pixelSize: 34 * screen.unit
                font.family: "monospace"
                font.bold: true
                color: Theme.text
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
            Item { Layout.preferredHeight: 8 * screen.unit }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Session code")
                font.pixelSize: 22 * screen.unit
                color: Theme.textMuted
            }
            Label {
                objectName: "joinCode"
                textFormat: Text.PlainText
                // Two groups of three digits read aloud more easily.
                text: screen.code.length === 6 ? screen.code.slice(0, 3) + " " + screen.code.slice(3) : screen.code
                font.pixelSize: 72 * screen.unit
                font.family: "monospace"
                font.bold: true
                font.letterSpacing: 4 * screen.unit
                color: Theme.text
                Accessible.name: qsTr("Session code %1").arg(screen.code.split("").join(" "))
            }
            Item { Layout.preferredHeight: 8 * screen.unit }
            Label {
                objectName: "joinedCount"
                textFormat: Text.PlainText
                text: qsTr("%n participant(s) joined", "", screen.participants)
                font.pixelSize: 28 * screen.unit
                font.bold: true
                color: Theme.success
            }
        }
    }
}
