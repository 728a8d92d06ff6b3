// The bar across the top: app name, who is signed in, the language switch and sign-out.
// A Flow: with large text or a narrow window the buttons wrap onto a second row instead of
// running off the edge.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Khien

ToolBar {
    id: bar
    property bool canGoBack: false
    signal backRequested()
    signal homeRequested()
    signal historyRequested()
    signal glossaryRequested()
    signal instructorRequested()
    signal keyboardHelpRequested()
    signal displaySettingsRequested()

    Material.background: Theme.palette.primary
    Material.foreground: Theme.palette.textOnPrimary
    leftPadding: Theme.margin
    rightPadding: Theme.spacing

    Flow {
        id: row
        width: parent.width
        // Labels take a button's height so they line up with the buttons' text.
        readonly property real rowHeight: backButton.implicitHeight
        spacing: Theme.spacing

        ToolButton {
            id: backButton
            objectName: "backButton"
            visible: bar.canGoBack
            text: "‹  " + qsTr("Back")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Back")
            Accessible.onPressAction: clicked()
            onClicked: bar.backRequested()
        }
        Label {
            textFormat: Text.PlainText
            text: "Khiên"
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.textOnPrimary
            height: row.rowHeight
            verticalAlignment: Text.AlignVCenter
            Accessible.name: "Khiên"
            TapHandler { onTapped: bar.homeRequested() }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Safe online, ready to respond")
            color: Theme.textOnPrimaryMuted
            font.pixelSize: Theme.fontSmall
            // Only where it fits beside the buttons on one row.
            visible: bar.width >= 1200 && Theme.textScale < 1.25
            height: row.rowHeight
            verticalAlignment: Text.AlignVCenter
        }
        Item {
            id: spacer
            // Pushes the buttons to the right end while everything fits on one row.
            height: 1
            width: {
                let used = 0
                let count = 0
                for (let i = 0; i < row.children.length; ++i) {
                    const item = row.children[i]
                    if (item !== spacer && item.visible) {
                        used += item.width
                        ++count
                    }
                }
                return Math.max(0, row.width - used - count * row.spacing - 1)
            }
        }
        Label {
            textFormat: Text.PlainText
            visible: App.instructor.unlocked
            text: qsTr("Instructor mode")
            color: Theme.textOnPrimary
            font.bold: true
            font.pixelSize: Theme.fontBody
            height: row.rowHeight
            verticalAlignment: Text.AlignVCenter
        }
        ToolButton {
            objectName: "instructorButton"
            visible: App.traineeId.length === 0 && !App.instructor.unlocked && App.storageProblem.length === 0
            text: qsTr("Instructor")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Instructor mode")
            Accessible.onPressAction: clicked()
            onClicked: bar.instructorRequested()
        }
        ToolButton {
            objectName: "lockButton"
            visible: App.instructor.unlocked
            text: qsTr("Lock")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Leave instructor mode")
            Accessible.onPressAction: clicked()
            onClicked: App.instructor.lock()
        }
        Label {
            textFormat: Text.PlainText
            visible: App.traineeName.length > 0
            text: App.traineeName
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
            width: Math.min(implicitWidth, 260 * Theme.textScale)
            height: row.rowHeight
            verticalAlignment: Text.AlignVCenter
        }
        ToolButton {
            objectName: "glossaryButton"
            text: qsTr("Glossary")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Glossary")
            Accessible.onPressAction: clicked()
            onClicked: bar.glossaryRequested()
        }
        ToolButton {
            visible: App.traineeId.length > 0
            text: qsTr("History")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("My history")
            Accessible.onPressAction: clicked()
            onClicked: bar.historyRequested()
        }
        ToolButton {
            visible: App.traineeId.length > 0
            text: qsTr("Sign out")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Sign out")
            Accessible.onPressAction: clicked()
            onClicked: App.signOut()
        }
        ToolButton {
            objectName: "keyboardHelpButton"
            text: qsTr("Keyboard")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Keyboard shortcuts (F1)")
            Accessible.onPressAction: clicked()
            onClicked: bar.keyboardHelpRequested()
        }
        ToolButton {
            objectName: "displaySettingsButton"
            text: qsTr("Display")
            font.capitalization: Font.MixedCase
            Accessible.name: qsTr("Display settings: text size, contrast, motion, read aloud")
            onClicked: bar.displaySettingsRequested()
        }
        LanguageSwitch {}
    }
}
