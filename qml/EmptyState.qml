// What a list shows before it has anything in it: an icon, one sentence saying what this
// place is for, and the button that fills it. Placed inside the card that holds the list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property string icon: ""
    property string text: ""
    property string buttonText: ""
    signal activated()
    function focusButton() { button.forceActiveFocus() }
    objectName: "emptyState"
    spacing: Theme.spacing
    // Fills its place in a parent layout; its own text keeps to 560 (which would otherwise
    // become this column's maximum width).
    Layout.maximumWidth: Number.POSITIVE_INFINITY

    SvgIcon {
        name: root.icon
        size: 96
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: Theme.spacing
        Layout.preferredWidth: 96
        Layout.preferredHeight: 96
    }
    Label {
        objectName: "emptyStateText"
        textFormat: Text.PlainText
        text: root.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        font.pixelSize: Theme.fontBody
        color: Theme.text
        // Lines at most 560 wide (more with larger text), centred.
        Layout.fillWidth: true
        Layout.maximumWidth: 560 * Math.min(Theme.textScale, 1.5)
        Layout.alignment: Qt.AlignHCenter
    }
    ActionButton {
        id: button
        objectName: "emptyStateButton"
        visible: root.buttonText.length > 0
        text: root.buttonText
        highlighted: true
        Layout.alignment: Qt.AlignHCenter
        Layout.bottomMargin: Theme.spacing
        onClicked: root.activated()
    }
}
