// One part of a red-flag mock (a sender, a line of text, a link...). Click, or Space, marks it
// as suspicious (Enter checks the answer); after checking, it shows whether it was a red flag.
// Every state has its sign as well as its colour: ⚑ marked, ✓ found, ! missed, ✗ false alarm.
import QtQuick
import QtQuick.Controls
import Khien

Rectangle {
    id: root
    required property var part        // {optionId, text, role, explanation, correct, chosen}
    property bool marked: false
    property bool locked: false
    property bool revealed: false
    property color ink: Theme.text
    property int pixelSize: Theme.fontBody
    property bool bold: false
    signal toggled()

    readonly property bool found: revealed && part.correct && marked
    readonly property bool missed: revealed && part.correct && !marked
    readonly property bool falseAlarm: revealed && !part.correct && marked
    readonly property bool plainButton: part.role === "button" && !marked && !revealed

    readonly property string sign: found ? "✓" : missed ? "!" : falseAlarm ? "✗" : marked ? "⚑" : ""
    function takeFocus() { root.forceActiveFocus() }

    objectName: "part_" + part.optionId
    implicitWidth: label.implicitWidth + 12
    implicitHeight: label.implicitHeight + 8
    radius: 4
    color: plainButton ? Theme.mockButton : found ? Theme.successLight : (missed ? Theme.warningLight : (falseAlarm ? Theme.dangerLight
           : (marked ? Theme.mockMarked : "transparent")))
    border.width: marked || found || missed || falseAlarm || activeFocus ? 2 : 0
    border.color: found ? Theme.success : missed ? Theme.accent : falseAlarm ? Theme.danger
                  : activeFocus ? Theme.primary : Theme.accent
    activeFocusOnTab: !locked
    Accessible.role: Accessible.CheckBox
    Accessible.name: part.text
    Accessible.checked: marked
    // After checking: what the mark means and why, as the sign (✓ ! ✗) shows it.
    Accessible.description: !revealed ? ""
        : [found ? qsTr("Warning sign, found") : missed ? qsTr("Warning sign, missed")
                 : falseAlarm ? qsTr("Not a warning sign") : "", part.explanation || ""].filter(t => t.length > 0).join(". ")
    Accessible.onToggleAction: if (!locked) toggled()
    Accessible.onPressAction: if (!locked) toggled()
    Keys.onSpacePressed: if (!locked) toggled()

    Text {
        textFormat: Text.PlainText
        id: label
        anchors.fill: parent
        anchors.margins: 4
        anchors.leftMargin: 6
        text: root.sign.length > 0 ? root.sign + " " + root.part.text : root.part.text
        wrapMode: Text.Wrap
        readonly property bool highlighted: root.marked || root.found || root.missed || root.falseAlarm
        color: root.plainButton ? Theme.textOnPrimary
             : root.part.role === "link" || root.part.role === "address" ? Theme.mockLink
             : highlighted ? Theme.text : root.ink
        font.underline: root.part.role === "link"
        font.pixelSize: root.pixelSize
        font.bold: root.bold || root.part.role === "button"
    }
    MouseArea {
        anchors.fill: parent
        enabled: !root.locked
        cursorShape: Qt.PointingHandCursor
        onClicked: { root.forceActiveFocus(); root.toggled() }
    }
}
