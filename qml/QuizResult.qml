// The end of a quiz, shown rather than told: the score as a ring against the pass mark, the
// questions that went well, the ones to review next (with the lesson to read again), and
// each scenario's path as a diagram. Everything comes from QuizController.result.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Item {
    id: root
    property QuizController quiz
    readonly property ResultView result: quiz ? quiz.result : null
    readonly property bool good: quiz !== null && (quiz.passed || quiz.practice)
    signal retry()
    signal leave()
    signal review()
    function takeFocus() { backToModule.forceActiveFocus() }

    signal lessonRequested(string lessonId)

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Theme.columnWidth(scroll.availableWidth)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.margin

            Item { Layout.preferredHeight: Theme.spacing }

            Card {
                Layout.fillWidth: true
                RowLayout {
                    width: parent.width
                    spacing: Theme.margin
                    ScoreRing {
                        objectName: "scoreRing"
                        percent: root.quiz ? root.quiz.percent : 0
                        color: root.good ? Theme.success : Theme.danger
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        RowLayout {
                            spacing: Theme.spacing
                            Layout.fillWidth: true
                            SvgIcon {
                                name: root.good ? "passed" : "not-passed"
                                size: 32
                            }
                            Label {
                                objectName: "resultTitle"
                                textFormat: Text.PlainText
                                text: !root.quiz ? "" : root.quiz.practice ? qsTr("Practice round done")
                                      : root.quiz.passed ? qsTr("Well done — you passed") : qsTr("Not passed yet")
                                font.pixelSize: Theme.fontTitle
                                font.bold: true
                                color: root.good ? Theme.success : Theme.danger
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            objectName: "resultScore"
                            text: root.quiz ? qsTr("Score: %1 of %2 points (%3%)").arg(root.quiz.scoreText)
                                                 .arg(root.quiz.questionCount).arg(root.quiz.percent) : ""
                            font.pixelSize: Theme.fontLarge
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: root.quiz !== null && !root.quiz.practice
                            text: root.quiz ? qsTr("Pass mark: %1%").arg(root.quiz.passPercent) : ""
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: !root.quiz ? ""
                                  : root.quiz.practice ? qsTr("Questions you got right come back less often; the ones you missed come back soon.")
                                  : root.quiz.passed ? qsTr("Your result is saved. Keep the habits from this module in daily life.")
                                  : qsTr("Your result is saved. Read the lesson again, then try once more.")
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                        Notice {
                            Layout.fillWidth: true
                            text: root.quiz ? root.quiz.errorMessage : ""
                        }
                        Flow {
                            Layout.fillWidth: true
                            Layout.topMargin: 6
                            spacing: Theme.spacing
                            ActionButton {
                                id: backToModule
                                objectName: "backToModule"
                                text: qsTr("Back to the module")
                                highlighted: true
                                Accessible.name: text
                                onClicked: root.leave()
                            }
                            ActionButton {
                                objectName: "retryButton"
                                visible: root.quiz !== null && !root.quiz.practice
                                text: qsTr("Try again")
                                onClicked: root.retry()
                            }
                            ActionButton {
                                objectName: "reviewButton"
                                visible: root.quiz !== null && !root.quiz.practice
                                text: qsTr("Review answers")
                                onClicked: root.review()
                            }
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: width > 720 ? 2 : 1
                columnSpacing: Theme.margin
                rowSpacing: Theme.margin

                QuestionListCard {
                    objectName: "wentWellCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("What went well")
                    icon: "passed"
                    questions: root.result ? root.result.wentWell : []
                    emptyText: qsTr("No question had full points this time. Start with the questions to review.")
                }
                QuestionListCard {
                    objectName: "reviewNextCard"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    title: qsTr("What to review next")
                    icon: "not-passed"
                    showPercent: true
                    questions: root.result ? root.result.reviewNext : []
                    emptyText: qsTr("Nothing to review: every answer had full points.")
                    actionName: "readLessonButton"
                    actionText: root.result !== null && root.result.lessonId.length > 0 && root.result.reviewNext.length > 0
                                ? qsTr("Read the lesson again: %1").arg(root.result.lessonTitle) : ""
                    onActionClicked: root.lessonRequested(root.result.lessonId)
                }
            }

            Repeater {
                objectName: "scenarioPaths"
                model: root.result ? root.result.scenarios : []
                delegate: Card {
                    id: pathCard
                    required property var modelData
                    objectName: "scenarioPathCard"
                    Layout.fillWidth: true
                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Your path through the scenario")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: pathCard.modelData.prompt
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.textMuted
                            Layout.fillWidth: true
                        }
                        ScenarioPathDiagram {
                            path: pathCard.modelData
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
