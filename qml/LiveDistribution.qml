// The open question of a paced live session, for the projector: the question, one bar per
// option with its count and share of those who answered (never a name, never a time), and,
// once revealed, the right answer marked with a sign and a word as well as colour, and the
// explanation. For questions without options (ordering, matching, typed, scenario) the bars
// are right / partly right / not right, shown only after the reveal.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Rectangle {
    id: view
    property var live: App.live
    readonly property real unit: Math.max(0.6, Math.min(1.4, height / 640))
    readonly property bool barsShown: !live.countsRightOnly || live.revealed
    color: "white"

    ScrollView {
        id: scroller
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: scroller.availableWidth - 64 * view.unit
            x: 32 * view.unit
            spacing: 14 * view.unit
            Item { Layout.preferredHeight: 12 * view.unit }
            Label {
                objectName: "liveQuestionCounter"
                textFormat: Text.PlainText
                text: qsTr("Question %1 of %2").arg(view.live.questionNumber).arg(view.live.questionCount)
                      + "  ·  " + qsTr("%1 of %n participant(s) answered", "", view.live.participants).arg(view.live.answered)
                font.pixelSize: 20 * view.unit
                color: Theme.textMuted
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                objectName: "liveQuestionText"
                textFormat: Text.PlainText
                text: view.live.questionText
                font.pixelSize: 30 * view.unit
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                objectName: "liveHiddenCounts"
                visible: !view.barsShown
                textFormat: Text.PlainText
                text: qsTr("How many got it right is shown with the answer.")
                font.pixelSize: 20 * view.unit
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Repeater {
                model: view.barsShown ? view.live.options : null
                delegate: ColumnLayout {
                    id: bar
                    required property int index
                    required property string text
                    required property int count
                    required property int percent
                    required property bool correct
                    objectName: "liveBar_" + index
                    readonly property bool marked: correct && view.live.revealed
                    Layout.fillWidth: true
                    spacing: 4 * view.unit
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: 10 * view.unit
                        Label {
                            objectName: "rightMark"
                            visible: bar.marked
                            textFormat: Text.PlainText
                            text: "✓ " + qsTr("Right answer")
                            font.pixelSize: 20 * view.unit
                            font.bold: true
                            color: Theme.success
                        }
                        Label {
                            objectName: "optionText"
                            textFormat: Text.PlainText
                            text: bar.text
                            font.pixelSize: 22 * view.unit
                            font.bold: bar.marked
                            color: Theme.text
                            wrapMode: Text.Wrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            objectName: "optionCount"
                            textFormat: Text.PlainText
                            text: qsTr("%1 · %2%").arg(bar.count).arg(bar.percent)
                            font.pixelSize: 22 * view.unit
                            font.bold: true
                            color: Theme.text
                        }
                    }
                    Rectangle {
                        Layout.fillWidth: true
                        Layout.preferredHeight: 22 * view.unit
                        radius: 4
                        color: Theme.background
                        border.color: Theme.border
                        Rectangle {
                            width: parent.width * bar.percent / 100
                            height: parent.height
                            radius: 4
                            color: bar.marked ? Theme.success : Theme.primary
                            Behavior on width { NumberAnimation { duration: 200 } }
                        }
                    }
                }
            }
            Label {
                objectName: "liveRightAnswer"
                visible: view.live.revealed && view.live.rightAnswer.length > 0
                textFormat: Text.PlainText
                text: "✓ " + qsTr("Right answer") + "\n" + view.live.rightAnswer
                font.pixelSize: 22 * view.unit
                color: Theme.success
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Rectangle {
                objectName: "liveExplanation"
                visible: view.live.revealed && view.live.explanation.length > 0
                Layout.fillWidth: true
                implicitHeight: explanation.implicitHeight + 24 * view.unit
                radius: Theme.radius
                color: Theme.successLight
                border.color: Theme.success
                Label {
                    id: explanation
                    anchors.fill: parent
                    anchors.margins: 12 * view.unit
                    textFormat: Text.PlainText
                    text: view.live.explanation
                    font.pixelSize: 20 * view.unit
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
            }
            Item { Layout.preferredHeight: 12 * view.unit }
        }
    }
}
