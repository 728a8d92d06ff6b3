// One attempt, question by question: the answer given, the right one and why, in the
// current language. Reached from the result screen and from the history.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    required property string attemptId
    // Set when an instructor reviews a trainee's attempt.
    property string traineeName: ""
    readonly property ReviewModel items: ReviewModel {
        attemptId: page.attemptId
        language: App.language
    }
    title: qsTr("Review")
    background: Rectangle { color: Theme.background }
    StackView.onActivated: flick.forceActiveFocus()

    ScrollView {
        id: flick
        anchors.fill: parent
        contentWidth: availableWidth
        focus: true

        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                text: page.traineeName.length > 0 ? qsTr("Answers of %1").arg(page.traineeName)
                                                  : qsTr("Review of your answers")
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                visible: page.items.count === 0
                text: qsTr("This attempt cannot be shown: its quiz is no longer in the loaded content.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                Layout.fillWidth: true
            }
            Repeater {
                model: page.items
                delegate: Card {
                    id: question
                    required property int index
                    required property string prompt
                    required property bool explained
                    required property bool answered
                    required property bool correct
                    required property real points
                    required property var lines
                    Layout.fillWidth: true
                    ColumnLayout {
                        width: parent.width
                        spacing: 6
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                textFormat: Text.PlainText
                                text: qsTr("Question %1").arg(question.index + 1)
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: Theme.primary
                                Layout.fillWidth: true
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: !question.answered ? qsTr("Not answered")
                                      : question.correct ? qsTr("Right") : qsTr("%1 of 1 point").arg(Format.number(question.points, App.language))
                                font.pixelSize: Theme.fontSmall
                                font.bold: true
                                color: !question.answered ? Theme.textMuted : question.correct ? Theme.success : Theme.danger
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: question.prompt
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody + 1
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: !question.explained
                            text: qsTr("No explanation was given for this question.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            color: Theme.textMuted
                            Layout.fillWidth: true
                        }
                        Repeater {
                            model: question.lines
                            // A Column, not a nested layout: wrapped labels with a set width
                            // report their height reliably.
                            delegate: Column {
                                id: answerLine
                                required property reviewLine modelData
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    textFormat: Text.PlainText
                                    width: parent.width
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontBody
                                    objectName: "reviewLine"
                                    font.bold: answerLine.modelData.chosen
                                    color: answerLine.modelData.mark === "right" ? Theme.success : answerLine.modelData.mark === "wrong" ? Theme.danger : Theme.text
                                    text: (answerLine.modelData.mark === "right" ? "✓ " : answerLine.modelData.mark === "wrong" ? "✗ "
                                           : answerLine.modelData.mark === "missed" ? "○ " : "· ") + answerLine.modelData.text
                                          + (answerLine.modelData.mark === "missed" ? "  (" + qsTr("the right answer you did not choose") + ")"
                                             : !answerLine.modelData.chosen ? ""
                                             : answerLine.modelData.mark === "right" ? "  (" + qsTr("your choice, right") + ")"
                                             : "  (" + qsTr("your choice, wrong") + ")")
                                }
                                Label {
                                    textFormat: Text.PlainText
                                    visible: answerLine.modelData.detail.length > 0
                                    width: parent.width
                                    leftPadding: 20
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    font.italic: true
                                    color: Theme.text
                                    text: answerLine.modelData.detail
                                }
                                Label {
                                    textFormat: Text.PlainText
                                    visible: answerLine.modelData.explanation.length > 0
                                    width: parent.width
                                    leftPadding: 20
                                    bottomPadding: 4
                                    wrapMode: Text.Wrap
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    text: answerLine.modelData.explanation
                                }
                            }
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
