// Shortanswer and numeric: one field to type the answer in (Enter checks it, as on every
// question), then what was typed, the answers accepted and why.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    readonly property bool numeric: quiz !== null && quiz.questionType === "numeric"
    // What "Check answer" submits; null while nothing is typed.
    readonly property var answer: field.text.trim().length > 0 ? [field.text] : null

    function takeFocus() { field.forceActiveFocus() }

    spacing: Theme.spacing

    TextField {
        id: field
        objectName: "typedAnswerField"
        Layout.fillWidth: !root.numeric
        Layout.preferredWidth: root.numeric ? 240 : -1
        enabled: root.quiz !== null && !root.quiz.answered
        // Not bound: the quiz's every change would wipe what is being typed.
        Component.onCompleted: if (root.quiz !== null && root.quiz.answered) text = root.quiz.typedAnswer
        maximumLength: root.quiz ? root.quiz.maxTypedLength : 500
        font.pixelSize: Theme.fontLarge
        placeholderText: root.numeric ? qsTr("Your number") : qsTr("Your answer")
        Accessible.name: root.numeric ? qsTr("Type a number") : qsTr("Type your answer")
    }
    Label {
        textFormat: Text.PlainText
        visible: root.numeric && !(root.quiz !== null && root.quiz.answered)
        text: qsTr("Use a comma or a point for decimals: 2,5 and 2.5 are the same.")
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Layout.fillWidth: true
    }

    Rectangle {
        objectName: "acceptedAnswers"
        visible: root.quiz !== null && root.quiz.showFeedback
        Layout.fillWidth: true
        implicitHeight: revealed.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.controlBorder
        ColumnLayout {
            id: revealed
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: Theme.spacing
            spacing: 4
            Label {
                textFormat: Text.PlainText
                text: qsTr("Accepted answers:")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.success
            }
            Repeater {
                model: root.quiz ? root.quiz.acceptedAnswers : []
                delegate: Label {
                    required property string modelData
                    textFormat: Text.PlainText
                    text: "• " + modelData
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    Layout.fillWidth: true
                }
            }
            Label {
                textFormat: Text.PlainText
                objectName: "typedExplanation"
                visible: text.length > 0
                text: root.quiz ? root.quiz.typedExplanation : ""
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall + 1
                color: Theme.textMuted
                topPadding: 4
                Layout.fillWidth: true
            }
        }
    }
}
