// Pair each item on the left with one on the right, chosen from a list.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizController quiz
    readonly property bool locked: quiz !== null && quiz.answered
    readonly property bool revealed: quiz !== null && quiz.showFeedback
    property var picks: []   // for each left item (file order), the chosen partner's id or ""
    readonly property var answer: picks.length > 0 && picks.every(p => p !== "") ? picks : null

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
            function takeFocus() { combo.forceActiveFocus() }

            Layout.fillWidth: true
            implicitHeight: layout.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: !root.revealed ? Theme.surface : isRight ? Theme.successLight : Theme.dangerLight
            border.color: Theme.border

            ColumnLayout {
                id: layout
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: Theme.spacing
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: row.modelData.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                    }
                    ComboBox {
                        id: combo
                        // Entries are names and titles: drawn as plain text (TextDelegate).
                        delegate: TextDelegate {
                            width: ListView.view.width
                            text: combo.textRole ? (Array.isArray(combo.model) ? modelData[combo.textRole] : model[combo.textRole]) : modelData
                            highlighted: combo.highlightedIndex === index
                        }
                        objectName: "match_" + row.modelData.optionId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 1
                        enabled: !root.locked
                        model: [qsTr("Choose…")].concat((root.quiz ? root.quiz.matchRight : []).map(r => r.text))
                        currentIndex: {
                            const id = root.locked ? row.modelData.chosen : root.picks[row.index]
                            const at = (root.quiz ? root.quiz.matchRight : []).findIndex(r => r.optionId === id)
                            return at + 1
                        }
                        Accessible.name: qsTr("Partner for %1").arg(row.modelData.text)
                        onActivated: (i) => {
                            const next = root.picks.slice()
                            next[row.index] = i > 0 ? root.quiz.matchRight[i - 1].optionId : ""
                            root.picks = next
                        }
                    }
                }
                Label {
                    textFormat: Text.PlainText
                    visible: root.revealed
                    text: (row.isRight ? qsTr("Right.") : qsTr("Its partner: %1.").arg(row.modelData.correctText))
                          + " " + row.modelData.explanation
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall + 1
                    color: Theme.textMuted
                    Layout.fillWidth: true
                }
            }
        }
    }
}
