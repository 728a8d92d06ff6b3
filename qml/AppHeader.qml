// The bar across the top: app name, who is signed in, the language switch and sign-out.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
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

    Material.background: Theme.primary
    Material.foreground: "white"

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
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
            color: "white"
            Accessible.name: "Khiên"
            TapHandler { onTapped: bar.homeRequested() }
        }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Safe online, ready to respond")
            color: "#cfe6e8"
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        Label {
            textFormat: Text.PlainText
            visible: App.instructor.unlocked
            text: qsTr("Instructor mode")
            color: "white"
            font.bold: true
            font.pixelSize: Theme.fontBody
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
            color: "white"
            font.pixelSize: Theme.fontBody
            elide: Text.ElideRight
            Layout.maximumWidth: 260
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
        LanguageSwitch {}
    }
}
