// Pair each item on the left with one on the right, chosen from a list: by keyboard, Up/Down
// on a closed list picks, Space opens it; Enter on a closed list checks the answer.
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
    property var picks: []   // for each left item (file order), the chosen partner's id or ""
    readonly property var answer: picks.length > 0 && picks.every(p => p !== "") ? picks : null
    readonly property bool touched: picks.some(p => p !== "")
    // A closed ComboBox keeps Enter to itself: pass it on as the page's "check".
    signal proceedRequested()

    function takeFocus() { if (rows.count > 0) rows.itemAt(0).takeFocus() }
    Component.onCompleted: picks = (quiz ? quiz.matchLeft : []).map(() => "")

    spacing: 8
    Repeater {
        id: rows
        model: root.quiz ? root.quiz.matchLeft : []
        delegate: Rectangle {
            id: row
            required property var modelData
            required property int index
            readonly property bool isRight: root.revealed && modelData.chosen === modelData.optionId
            readonly property string note: (row.isRight ? qsTr("Right.") : qsTr("Its partner: %1.").arg(row.modelData.correctText))
                                                  + " " + row.modelData.explanation
            function takeFocus() { combo.forceActiveFocus() }

            Layout.fillWidth: true
            implicitHeight: layout.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: !root.revealed ? Theme.surface : isRight ? Theme.successLight : Theme.dangerLight
            border.color: Theme.controlBorder

            ColumnLayout {
                id: layout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: 4
                // The item, then its partner chosen below it across the full width: long
                // texts on either side wrap instead of being cut.
                Label {
                    textFormat: Text.PlainText
                    text: row.modelData.text
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    Layout.fillWidth: true
                }
                ComboBox {
                    id: combo
                    objectName: "match_" + row.modelData.optionId
                    Layout.fillWidth: true
                    enabled: !root.locked
                    model: [qsTr("Choose…")].concat((root.quiz ? root.quiz.matchRight : []).map(r => r.text))
                    currentIndex: {
                        const id = root.locked ? row.modelData.chosen : root.picks[row.index]
                        const at = (root.quiz ? root.quiz.matchRight : []).findIndex(r => r.optionId === id)
                        return at + 1
                    }
                    contentItem: Label {
                        leftPadding: 12
                        rightPadding: combo.indicator ? combo.indicator.width + 4 : 0
                        topPadding: 8
                        bottomPadding: 8
                        text: combo.displayText
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                        font.pixelSize: Theme.fontBody
                        color: combo.currentIndex > 0 ? Theme.text : Theme.textMuted
                    }
                    // Entries wrap too, in a list as wide as the box.
                    delegate: TextDelegate {
                        id: partner
                        required property string modelData
                        required property int index
                        width: ListView.view.width
                        text: modelData
                        wrap: true
                        highlighted: combo.highlightedIndex === partner.index
                    }
                    Accessible.name: qsTr("Partner for %1").arg(row.modelData.text)
                    Accessible.onPressAction: if (enabled) popup.open()
                    Accessible.description: root.revealed ? row.note : ""
                    Keys.onReturnPressed: (event) => { if (combo.popup.visible) event.accepted = false; else root.proceedRequested() }
                    Keys.onEnterPressed: (event) => { if (combo.popup.visible) event.accepted = false; else root.proceedRequested() }
                    onActivated: (i) => {
                        const next = root.picks.slice()
                        next[row.index] = i > 0 ? root.quiz.matchRight[i - 1].optionId : ""
                        root.picks = next
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    visible: root.revealed
                    text: row.note
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
        }
    }
}
