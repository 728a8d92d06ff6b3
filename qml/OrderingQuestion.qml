// Put steps in order: drag a step, or move the focused one with Ctrl+Up / Ctrl+Down or its
// arrow buttons; Up / Down alone move the focus between the steps.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    readonly property bool locked: quiz !== null && quiz.answered
    readonly property bool revealed: quiz !== null && quiz.showFeedback
    property var order: []            // option ids, top to bottom
    readonly property var answer: order.length > 0 ? order : null
    property bool touched: false      // a step was moved

    function takeFocus() { if (rows.count > 0) rows.itemAt(0).takeFocus() }
    function itemFor(id) { return (quiz ? quiz.options : []).find(o => o.optionId === id) }
    function move(from, to) {
        if (locked || to < 0 || to >= order.length || from === to)
            return
        const next = order.slice()
        next.splice(to, 0, next.splice(from, 1)[0])
        order = next
        touched = true
        Qt.callLater(() => rows.itemAt(to).takeFocus())
    }
    Component.onCompleted: order = (quiz ? quiz.options : []).map(o => o.optionId)

    spacing: 8
    Label {
        textFormat: Text.PlainText
        text: qsTr("Drag the steps, or select one and press Ctrl+Up / Ctrl+Down.")
        visible: !root.locked
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    Repeater {
        id: rows
        model: root.order
        delegate: Rectangle {
            id: row
            required property string modelData
            required property int index
            readonly property var item: root.itemFor(modelData) || ({})
            readonly property bool rightPlace: root.revealed && item.correctPosition === index + 1
            readonly property string placeNote: (rightPlace ? qsTr("Right place.") : qsTr("Belongs at place %1.").arg(item.correctPosition))
                                                + " " + (item.explanation || "")
            function takeFocus() { focusTarget.forceActiveFocus() }

            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: !root.revealed ? Theme.surface : rightPlace ? Theme.successLight : Theme.dangerLight
            border.color: focusTarget.activeFocus ? Theme.accent : Theme.controlBorder
            border.width: focusTarget.activeFocus ? 2 : 1
            z: dragArea.pressed ? 2 : 0
            opacity: dragArea.pressed ? 0.85 : 1
            transform: Translate { y: dragArea.offset }

            FocusScope {
                id: focusTarget
                objectName: "step_" + row.modelData
                anchors.fill: parent
                activeFocusOnTab: true
                Accessible.role: Accessible.ListItem
                Accessible.name: qsTr("Step %1 of %2: %3").arg(row.index + 1).arg(root.order.length).arg(row.item.text || "")
                Accessible.description: root.revealed ? row.placeNote : ""
                Keys.onPressed: (event) => {
                    if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Up) { root.move(row.index, row.index - 1); event.accepted = true }
                    else if (event.modifiers & Qt.ControlModifier && event.key === Qt.Key_Down) { root.move(row.index, row.index + 1); event.accepted = true }
                    else if (event.key === Qt.Key_Up && row.index > 0) { rows.itemAt(row.index - 1).takeFocus(); event.accepted = true }
                    else if (event.key === Qt.Key_Down && row.index + 1 < rows.count) { rows.itemAt(row.index + 1).takeFocus(); event.accepted = true }
                }
            }
            // Drag: the row follows the pointer; on release it moves by the rows it passed.
            MouseArea {
                id: dragArea
                anchors.fill: parent
                enabled: !root.locked
                preventStealing: true // the page's scrolling must not take the gesture
                cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor
                property real startY: 0
                property real offset: 0
                onPressed: (mouse) => { startY = mouse.y; offset = 0; focusTarget.forceActiveFocus() }
                onPositionChanged: (mouse) => offset = mouse.y - startY
                onReleased: {
                    const steps = Math.round(offset / (row.height + 8))
                    offset = 0
                    root.move(row.index, Math.max(0, Math.min(root.order.length - 1, row.index + steps)))
                }
                onCanceled: offset = 0
            }
            RowLayout {
                id: rowLayout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.verticalCenter: parent.verticalCenter
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    text: (row.index + 1) + "."
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.primary
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        textFormat: Text.PlainText
                        text: row.item.text || ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: root.revealed
                        text: row.placeNote
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontSmall + 1
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                }
                ToolButton {
                    visible: !root.locked
                    text: "▲"
                    enabled: row.index > 0
                    focusPolicy: Qt.NoFocus
                    //: %1 is the text of a step being put in order
                    Accessible.name: qsTr("Move up: %1").arg(row.item.text || "")
                    Accessible.onPressAction: if (enabled) clicked()
                    onClicked: root.move(row.index, row.index - 1)
                }
                ToolButton {
                    visible: !root.locked
                    text: "▼"
                    enabled: row.index < root.order.length - 1
                    focusPolicy: Qt.NoFocus
                    Accessible.name: qsTr("Move down: %1").arg(row.item.text || "")
                    Accessible.onPressAction: if (enabled) clicked()
                    onClicked: root.move(row.index, row.index + 1)
                }
            }
        }
    }
}
