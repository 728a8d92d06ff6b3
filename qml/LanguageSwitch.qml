// Switches the whole app, UI strings and course content, between Vietnamese and English.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Khien

RowLayout {
    spacing: 4
    Repeater {
        model: [
            { code: "vi", label: "Tiếng Việt" },
            { code: "en", label: "English" }
        ]
        delegate: Button {
            required property var modelData
            readonly property bool current: App.language === modelData.code
            objectName: "language_" + modelData.code
            text: modelData.label
            flat: !current
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.MixedCase
            // A colour name: Material reads a colour value here as black.
            Material.background: current ? Theme.palette.textOnPrimary : "transparent"
            Material.foreground: current ? Theme.palette.primary : Theme.palette.textOnPrimary
            Accessible.name: qsTr("Language: %1").arg(modelData.label)
            Accessible.onPressAction: clicked()
            onClicked: App.language = modelData.code
        }
    }
}
