// Reads a text aloud in the content's language (ReadAloud), or stops when it is being read.
// Shown only while reading aloud is switched on. Where no speech engine or voice is
// installed, a press shows how to add one instead. `compact` draws the icon alone (beside an
// answer option); its accessible name then says what it reads.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Khien

ToolButton {
    id: control
    property string speech: ""   // the text to read, plain
    property bool html: false    // `speech` is rich text Khiên built (a lesson)
    property string language: App.language
    property bool compact: false
    // What is read, for the accessible name of a compact button ("Read aloud: <what>").
    property string what: ""
    readonly property bool reading: ReadAloud.requester === control

    visible: ReadAloud.enabled && speech.length > 0
    focusPolicy: Qt.StrongFocus
    display: compact ? AbstractButton.IconOnly : AbstractButton.TextBesideIcon
    icon.source: "qrc:/icons/read-aloud.svg"
    icon.color: Theme.primary
    icon.width: 22
    icon.height: 22
    text: reading ? qsTr("Stop reading") : qsTr("Read aloud")
    font.pixelSize: Theme.fontSmall
    Material.foreground: Theme.primary
    Accessible.role: Accessible.Button
    Accessible.name: compact && what.length > 0 && !reading ? qsTr("Read aloud: %1").arg(what) : text
    ToolTip.visible: compact && (hovered || visualFocus)
    ToolTip.text: text
    ToolTip.delay: 500

    function press() {
        if (html)
            ReadAloud.readHtml(speech, language, control)
        else
            ReadAloud.read(speech, language, control)
        if (ReadAloud.problem.length > 0)
            problemPopup.open()
    }
    onClicked: press()
    Accessible.onPressAction: press()
    Keys.onReturnPressed: press()
    Keys.onEnterPressed: press()

    Popup {
        id: problemPopup
        objectName: "readAloudProblem"
        y: control.height
        width: 420
        margins: Theme.spacing // kept inside the window
        padding: Theme.spacing
        onClosed: ReadAloud.clearProblem()
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }
        contentItem: Label {
            text: ReadAloud.problem
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            color: Theme.text
            font.pixelSize: Theme.fontSmall + 1
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
