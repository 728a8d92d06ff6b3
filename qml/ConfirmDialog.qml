// A question with Khiên's own translated buttons (Qt's standard buttons stay English in
// Vietnamese): `acceptText` and `rejectText`; without `rejectText`, a message with one button.
// Enter activates the focused button, which is the safe one (reject) at first; Esc rejects.
// A destructive accept button answers Space and clicks only, never Enter.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

Dialog {
    id: dialog
    property string text
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    // The accept button in red, for what cannot be undone.
    property bool destructive: false

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(540 * Math.min(Theme.textScale, 1.5), (parent ? parent.width : 540) - 2 * Theme.margin)
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }
    closePolicy: Popup.CloseOnEscape
    onOpened: (rejectButton.visible ? rejectButton : acceptButton).forceActiveFocus()

    header: Label {
        text: dialog.title
        textFormat: Text.PlainText // titles carry class and file names
        visible: text.length > 0
        wrapMode: Text.Wrap
        padding: 24
        bottomPadding: 0
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }
    contentItem: Label {
        text: dialog.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
    }
    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        ActionButton {
            id: rejectButton
            objectName: "rejectButton"
            visible: dialog.rejectText.length > 0
            text: dialog.rejectText
            flat: true
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.reject()
        }
        ActionButton {
            id: acceptButton
            objectName: "acceptButton"
            text: dialog.acceptText
            highlighted: true
            Material.accent: dialog.destructive ? Theme.danger : Theme.primary
            enterActivates: !dialog.destructive
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.accept()
        }
    }
}
