// The keyboard shortcuts, opened with F1 or "Keyboard" in the top bar. Esc or Enter closes it.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Dialog {
    id: dialog
    objectName: "keyboardHelp"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(640 * Math.min(Theme.textScale, 1.5), (parent ? parent.width : 640) - 2 * Theme.margin)
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.margin)
    title: qsTr("Keyboard shortcuts")
    closePolicy: Popup.CloseOnEscape
    onOpened: closeButton.forceActiveFocus()

    readonly property var shortcuts: [
        { keys: qsTr("Tab / Shift+Tab"), what: qsTr("Go to the next / previous control. The control with the keyboard focus has an orange frame.") },
        { keys: qsTr("Space"), what: qsTr("Press the framed button; choose or clear an answer; mark or unmark a warning sign.") },
        { keys: qsTr("Enter"), what: qsTr("Press the framed button. In a quiz: check the answer, then go to the next question. Enter never leaves a quiz.") },
        { keys: qsTr("↑ ↓ ← →"), what: qsTr("Move between the answers of a question and the rows of a list; scroll a lesson.") },
        { keys: qsTr("Ctrl+↑ / Ctrl+↓"), what: qsTr("Move the framed step up or down (questions that ask for an order).") },
        { keys: qsTr("Page Up / Page Down, Home / End"), what: qsTr("Scroll a lesson.") },
        { keys: qsTr("Esc"), what: qsTr("Go back. In a quiz, asks first when your choice is not checked yet.") },
        { keys: qsTr("Ctrl++ / Ctrl+− / Ctrl+0"), what: qsTr("Larger / smaller text; the system's text size. \"Display\" in the top bar has the other display settings.") },
        { keys: qsTr("F1"), what: qsTr("Show this list.") }
    ]

    contentItem: ScrollView {
        contentWidth: availableWidth
        clip: true
        GridLayout {
            width: parent.width
            columns: 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing
            Repeater {
                model: dialog.shortcuts.length * 2
                delegate: Label {
                    required property int index
                    readonly property var entry: dialog.shortcuts[Math.floor(index / 2)]
                    readonly property bool isKeys: index % 2 === 0
                    textFormat: Text.PlainText
                    text: isKeys ? entry.keys : entry.what
                    font.bold: isKeys
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: !isKeys
                    Layout.preferredWidth: isKeys ? 170 * Theme.textScale : -1
                    Layout.alignment: Qt.AlignTop
                }
            }
        }
    }
    footer: RowLayout {
        Item { Layout.fillWidth: true }
        ActionButton {
            id: closeButton
            objectName: "closeKeyboardHelp"
            text: qsTr("Close")
            highlighted: true
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.close()
        }
    }
}
