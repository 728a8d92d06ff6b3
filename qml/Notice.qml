// The one message strip: `kind` "error" (red), "warning" (orange) or "success" (green), each
// with its own mark and word so it never rests on colour alone; hidden while `text` is empty.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: notice
    property alias text: label.text
    property string kind: "error"

    visible: text.length > 0
    implicitHeight: row.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: kind === "success" ? Theme.successLight : kind === "warning" ? Theme.warningLight : Theme.dangerLight
    border.color: kind === "success" ? Theme.success : kind === "warning" ? Theme.accent : Theme.danger
    Accessible.role: Accessible.AlertMessage
    Accessible.name: heading.text + " " + text

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        Label {
            id: heading
            objectName: "noticeKind"
            textFormat: Text.PlainText
            Layout.fillHeight: true
            verticalAlignment: Text.AlignTop
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: notice.kind === "success" ? Theme.success : notice.kind === "warning" ? Theme.text : Theme.danger
            //: Word before a message in a green box: the action worked
            text: notice.kind === "success" ? "✓ " + qsTr("Done")
                  //: Word before a message in an orange box
                  : notice.kind === "warning" ? "⚠ " + qsTr("Note")
                  //: Word before a message in a red box: something failed
                  : "✗ " + qsTr("Problem")
        }
        Label {
            textFormat: Text.PlainText
            id: label
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontBody
        }
    }
}
