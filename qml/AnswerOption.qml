// One answer on the quiz page: a radio button or checkbox, and after answering, whether it
// was right and why.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Rectangle {
    id: root
    required property var option       // {optionId, text, explanation, correct, chosen}
    required property bool multiple
    required property bool revealed
    property bool locked: revealed
    property bool selected: false
    signal toggled()
    // An arrow key on the option: the question moves the focus to the option before (-1) or after (+1).
    signal stepRequested(int delta)
    function takeFocus() { button.forceActiveFocus() }

    readonly property bool markRight: revealed && option.correct
    readonly property bool markWrong: revealed && option.chosen && !option.correct

    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: markRight ? Theme.successLight : markWrong ? Theme.dangerLight : Theme.surface
    border.color: markRight ? Theme.success : markWrong ? Theme.danger
                  : (selected ? Theme.primary : Theme.controlBorder)
    border.width: selected || markRight || markWrong ? 2 : 1

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            AbstractButton {
                id: button
                objectName: "option_" + root.option.optionId
                Layout.fillWidth: true
                enabled: !root.locked
                checkable: true
                checked: root.selected
                focusPolicy: Qt.StrongFocus
                Accessible.role: root.multiple ? Accessible.CheckBox : Accessible.RadioButton
                Accessible.name: root.option.text
                Accessible.checked: root.selected
                // After checking: whether it was right, and why, said with the option.
                Accessible.description: !root.revealed ? ""
                    : [markLabel.visible ? markLabel.text : "", root.option.explanation || ""].filter(t => t.length > 0).join(". ")
                // A screen reader's press or toggle acts as a click (not as a change of `checked`).
                Accessible.onPressAction: if (!root.locked) root.toggled()
                Accessible.onToggleAction: if (!root.locked) root.toggled()
                onClicked: root.toggled()
                Keys.onReturnPressed: (event) => event.accepted = false
                Keys.onUpPressed: root.stepRequested(-1)
                Keys.onLeftPressed: root.stepRequested(-1)
                Keys.onDownPressed: root.stepRequested(1)
                Keys.onRightPressed: root.stepRequested(1)
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        implicitWidth: 20
                        implicitHeight: 20
                        radius: root.multiple ? 4 : 10
                        border.color: button.activeFocus ? Theme.accent : Theme.primary
                        border.width: button.activeFocus ? 3 : 2
                        color: "transparent"
                        Rectangle {
                            anchors.centerIn: parent
                            width: 10
                            height: 10
                            radius: root.multiple ? 2 : 5
                            color: Theme.primary
                            visible: root.selected
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: root.option.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                }
                background: Item {}
            }
            Label {
                id: markLabel
                textFormat: Text.PlainText
                visible: root.markRight || root.markWrong
                text: root.markRight ? (root.option.chosen ? qsTr("Correct — your choice") : qsTr("Correct answer"))
                                     : qsTr("Your choice — not right")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: root.markRight ? Theme.success : Theme.danger
            }
            // For the mouse and screen readers; the keyboard reads every option with the
            // question's button, so Tab still goes from option to option.
            ReadAloudButton {
                objectName: "readOption_" + root.option.optionId
                compact: true
                focusPolicy: Qt.NoFocus
                what: root.option.text
                speech: root.option.text + (root.revealed && root.option.explanation ? "\n" + root.option.explanation : "")
            }
        }
        Label {
            textFormat: Text.PlainText
            objectName: "explanation_" + root.option.optionId
            visible: root.revealed && text.length > 0
            text: root.option.explanation
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textMuted
            leftPadding: 30
            Layout.fillWidth: true
        }
    }
}
