// "Display" in the top bar: text size (100-200 %, applied as the slider moves), high
// contrast, no motion, and the read-aloud buttons. Kept for the signed-in trainee, or as this
// PC's default when no one is signed in (AppController stores them).
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Dialog {
    id: dialog
    objectName: "displaySettings"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(560 * Math.min(Theme.textScale, 1.5), (parent ? parent.width : 640) - 2 * Theme.margin)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 2 * Theme.margin)
    title: qsTr("Display")
    closePolicy: Popup.CloseOnEscape
    onOpened: scaleSlider.forceActiveFocus()
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }

    function percent(scale) { return Math.round(scale * 100) }

    header: Label {
        text: dialog.title
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        padding: Theme.margin
        bottomPadding: 0
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }

    // A child rather than contentItem, so the controls inside can have ids.
    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing

            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: App.traineeName.length > 0
                      ? qsTr("Kept for %1 on this computer.").arg(App.traineeName)
                      : qsTr("This computer's default, used when no trainee is signed in.")
            }
            Label {
                id: scaleLabel
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.bold: true
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("Text size: %1 %").arg(dialog.percent(scaleSlider.value))
            }
            Slider {
                id: scaleSlider
                objectName: "textScaleSlider"
                Layout.fillWidth: true
                from: App.display.minimumTextScale
                to: App.display.maximumTextScale
                stepSize: 0.1
                snapMode: Slider.SnapAlways
                value: App.display.textScale
                // Applied while it moves: the page behind is the preview.
                onMoved: App.display.textScale = value
                Accessible.name: qsTr("Text size")
                Accessible.description: scaleLabel.text
            }
            Label {
                objectName: "textScalePreview"
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                text: qsTr("Preview: check who really sent a message before you open its link.")
            }
            ActionButton {
                objectName: "systemTextScale"
                flat: true
                enabled: Math.abs(App.display.textScale - App.display.systemTextScale) > 0.01
                text: qsTr("Use the system's text size (%1 %)").arg(dialog.percent(App.display.systemTextScale))
                onClicked: App.display.textScale = App.display.systemTextScale
            }
            Switch {
                objectName: "highContrastSwitch"
                Layout.fillWidth: true
                text: qsTr("High contrast: black text on white, strong outlines")
                checked: App.display.highContrast
                onToggled: App.display.highContrast = checked
                Accessible.name: qsTr("High contrast")
            }
            Switch {
                objectName: "reduceMotionSwitch"
                Layout.fillWidth: true
                text: qsTr("No motion: pages and dialogs appear without sliding or fading")
                checked: App.display.reduceMotion
                onToggled: App.display.reduceMotion = checked
                Accessible.name: qsTr("No motion")
            }
            Switch {
                objectName: "readAloudSwitch"
                Layout.fillWidth: true
                text: qsTr("Read-aloud buttons on lessons and questions")
                checked: App.display.readAloud
                onToggled: App.display.readAloud = checked
                Accessible.name: qsTr("Read-aloud buttons")
            }
            Notice {
                Layout.fillWidth: true
                kind: "error"
                text: App.display.saveProblem
            }
        }
    }
    footer: RowLayout {
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "closeDisplaySettings"
            text: qsTr("Close")
            highlighted: true
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onClicked: dialog.close()
        }
    }
}
