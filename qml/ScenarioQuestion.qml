// A branching scenario: the situation now, the choices, what the last choice led to, and
// the ending with its lesson. Each choice is saved as it is made.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    readonly property var answer: null   // played choice by choice, not checked at the end
    readonly property var ending: quiz ? quiz.ending : ({})
    readonly property bool ended: ending.outcome !== undefined

    function takeFocus() { if (choices.count > 0) choices.itemAt(0).forceActiveFocus() }
    readonly property bool touched: false // each choice is saved as it is made
    // What the step's read-aloud button reads: the situation and the numbered choices.
    function stepSpeech(text: string, stepChoices: list<var>): string {
        const lines = [text, qsTr("What do you do?")]
        for (let i = 0; i < stepChoices.length; ++i)
            lines.push((i + 1) + ". " + stepChoices[i].text)
        return lines.join("\n")
    }

    spacing: Theme.spacing

    // What happened so far, compact.
    Repeater {
        model: root.quiz ? root.quiz.scenarioPath : []
        delegate: Label {
            textFormat: Text.PlainText
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.textMuted
            objectName: "trailLine"
            text: "→ " + modelData.line
        }
    }

    Card {
        Layout.fillWidth: true
        visible: !root.ended
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                objectName: "stepText"
                text: root.quiz ? root.quiz.stepText : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontLarge
                color: Theme.text
                Layout.fillWidth: true
            }
            ReadAloudButton {
                objectName: "readStep"
                speech: root.quiz ? root.stepSpeech(root.quiz.stepText, root.quiz.stepChoices) : ""
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("What do you do?")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.primary
            }
            Repeater {
                id: choices
                model: root.quiz ? root.quiz.stepChoices : []
                // A new step replaces the choices, and the focused one with them: focus the
                // new step's first choice.
                onItemAdded: (index) => { if (index === 0) Qt.callLater(root.takeFocus) }
                // Choices look like something to press: full contrast, a border that darkens on
                // hover and focus, a fill when pressed; a choice that cannot be taken is greyed.
                delegate: ActionButton {
                    id: choice
                    required property var modelData
                    objectName: "choice_" + modelData.choiceId
                    Layout.fillWidth: true
                    text: modelData.text
                    hoverEnabled: true
                    contentItem: Label {
                        textFormat: Text.PlainText
                        text: "→  " + choice.modelData.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: choice.enabled ? Theme.text : Theme.textMuted
                        horizontalAlignment: Text.AlignLeft
                        leftPadding: 4
                    }
                    background: Rectangle {
                        implicitHeight: 48
                        radius: Theme.radius
                        color: !choice.enabled ? Theme.background
                             : choice.down ? Theme.primaryLight
                             : choice.hovered ? Qt.lighter(Theme.primaryLight, 1.06) : Theme.surface
                        border.color: !choice.enabled ? Theme.border : Theme.primary
                        border.width: choice.enabled && (choice.hovered || choice.activeFocus) ? 2 : 1
                    }
                    onClicked: root.quiz.choose(modelData.choiceId)
                }
            }
        }
    }

    Rectangle {
        objectName: "scenarioEnding"
        visible: root.ended
        Layout.fillWidth: true
        implicitHeight: endLayout.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: root.ending.outcome === "good" ? Theme.successLight
             : root.ending.outcome === "bad" ? Theme.dangerLight : Theme.warningLight
        border.color: root.ending.outcome === "good" ? Theme.success
                    : root.ending.outcome === "bad" ? Theme.danger : Theme.accent
        ColumnLayout {
            id: endLayout
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.margin
            spacing: 8
            Label {
                id: outcomeLabel
                textFormat: Text.PlainText
                text: root.ending.outcome === "good" ? qsTr("Good outcome")
                    : root.ending.outcome === "bad" ? qsTr("Bad outcome") : qsTr("Mixed outcome")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                text: root.ending.text || ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: root.ending.summary ? qsTr("Remember: %1").arg(root.ending.summary) : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
            }
            ReadAloudButton {
                objectName: "readEnding"
                speech: root.ended ? [outcomeLabel.text, root.ending.text || "",
                                      root.ending.summary ? qsTr("Remember: %1").arg(root.ending.summary) : ""].join("\n") : ""
            }
        }
    }
}
