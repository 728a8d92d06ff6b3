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
        // Lines at most 560 wide, centred: padding inside the label rather than a layout
        // maximum, so its wrapped height is always measured at the width it is drawn at.
        leftPadding: Math.max(0, (width - 560) / 2)
        rightPadding: leftPadding
        Layout.fillWidth: true
        Layout.preferredWidth: 0 // the layout's width, not the text's (which counts the padding):
                                 // otherwise padding and width chase each other (a polish loop)
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
