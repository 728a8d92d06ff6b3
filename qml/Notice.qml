// A coloured message strip for errors and warnings; hidden while `text` is empty.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

Rectangle {
    id: notice
    property alias text: label.text
    property bool error: true

    visible: text.length > 0
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: error ? Theme.dangerLight : Theme.warningLight
    border.color: error ? Theme.danger : Theme.accent
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Label {
        textFormat: Text.PlainText
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }
}
