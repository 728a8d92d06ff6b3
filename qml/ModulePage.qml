// A module: what the trainee will learn, its lessons and its quiz.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    required property string moduleId
    signal lessonOpened(string moduleId, string lessonId)
    signal quizStarted()

    property moduleDetail detail: App.moduleDetail(moduleId, App.language)
    // An attempt left unfinished (quit, crash, power cut) is offered for resumption.
    property var unfinished: App.unfinishedAttempt(moduleId)
    // Progress changes while lessons and quizzes are open: read it again on return.
    StackView.onActivating: {
        detail = Qt.binding(() => App.moduleDetail(page.moduleId, App.language))
        unfinished = App.unfinishedAttempt(moduleId)
    }
    // Keyboard focus starts on what the trainee most likely wants next: the first unread
    // lesson, else the quiz.
    StackView.onActivated: {
        const unread = detail.lessons.findIndex(l => !l.read)
        if (unread >= 0 && lessonButtons.itemAt(unread))
            lessonButtons.itemAt(unread).readButton.forceActiveFocus()
        else if (detail.hasQuiz)
            startQuizButton.forceActiveFocus()
    }

    title: detail.title
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.margin

            Item { Layout.preferredHeight: Theme.spacing }

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.margin
                Image {
                    objectName: "moduleIcon"
                    visible: page.detail.iconUrl.toString().length > 0
                    source: page.detail.iconUrl
                    sourceSize.width: 96
                    sourceSize.height: 96
                    Layout.preferredWidth: 96
                    Layout.preferredHeight: 96
                    Layout.alignment: Qt.AlignTop
                    Accessible.ignored: true
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 6
                    Label {
                        textFormat: Text.PlainText
                        text: page.detail.title
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: page.detail.summary
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: page.detail.objectives.length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("You will learn to")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: page.detail.objectives
                        delegate: Label {
                            textFormat: Text.PlainText
                            required property string modelData
                            text: "•  " + modelData
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: page.detail.lessons.length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: 8
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Lessons")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        id: lessonButtons
                        model: page.detail.lessons
                        delegate: RowLayout {
                            id: lessonRow
                            required property moduleLesson modelData
                            readonly property Item readButton: readButton
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Label {
                                textFormat: Text.PlainText
                                text: lessonRow.modelData.read ? "✓" : "○"
                                color: lessonRow.modelData.read ? Theme.success : Theme.textMuted
                                font.pixelSize: Theme.fontLarge
                                Accessible.ignored: true
                            }
                            Label {
                                textFormat: Text.PlainText
                                text: lessonRow.modelData.title
                                wrapMode: Text.Wrap
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                                Layout.fillWidth: true
                            }
                            ActionButton {
                                id: readButton
                                objectName: "readLesson_" + lessonRow.modelData.lessonId
                                text: lessonRow.modelData.read ? qsTr("Read again") : qsTr("Read")
                                highlighted: !lessonRow.modelData.read
                                Accessible.name: qsTr("Read the lesson %1").arg(lessonRow.modelData.title)
                                onClicked: page.lessonOpened(page.moduleId, lessonRow.modelData.lessonId)
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: page.detail.hasQuiz
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    SvgIcon {
                        objectName: "quizStatusIcon"
                        name: page.detail.moduleId.length === 0 ? ""
                              : page.detail.bestPercent < 0 ? (page.unfinished.attemptId.length > 0 ? "in-progress" : "not-started")
                              : page.detail.passed ? "passed" : "not-passed"
                        size: 40
                        Layout.alignment: Qt.AlignTop
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 6
                        Label {
                            textFormat: Text.PlainText
                            text: page.detail.quizTitle
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("%n question(s) · pass mark %1%", "", page.detail.questionCount).arg(page.detail.passPercent)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: page.detail.bestPercent < 0
                                  ? (page.unfinished.attemptId.length > 0 ? qsTr("Started, not finished yet") : qsTr("Not taken yet"))
                                  : (page.detail.passed ? qsTr("Best score %1% · passed").arg(Format.number(page.detail.bestPercent, App.language))
                                                        : qsTr("Best score %1% · not passed yet").arg(Format.number(page.detail.bestPercent, App.language)))
                            font.pixelSize: Theme.fontSmall
                            color: page.detail.passed ? Theme.success : Theme.textMuted
                        }
                    }
                    ActionButton {
                        objectName: "resumeQuiz"
                        visible: page.unfinished.attemptId.length > 0
                        text: qsTr("Continue (%1 of %2 answered)").arg(page.unfinished.answered).arg(page.unfinished.total)
                        highlighted: true
                        onClicked: if (App.resumeQuiz(page.moduleId)) page.quizStarted()
                    }
                    ActionButton {
                        id: startQuizButton
                        objectName: "startQuiz"
                        text: page.unfinished.attemptId.length > 0 ? qsTr("Start over") : qsTr("Start the quiz")
                        highlighted: page.unfinished.attemptId.length === 0
                        Accessible.name: text
                        onClicked: {
                            if (page.unfinished.attemptId.length > 0)
                                confirmStartOver.open()
                            else if (App.startQuiz(page.moduleId))
                                page.quizStarted()
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }

    // Starting over closes the unfinished attempt: say so before doing it.
    ConfirmDialog {
        id: confirmStartOver
        objectName: "confirmStartOver"
        title: qsTr("Start the quiz over?")
        text: qsTr("The unfinished attempt (%1 of %2 answered) is closed and kept in your history; the new attempt starts from the first question.")
                  .arg(page.unfinished.answered).arg(page.unfinished.total)
        acceptText: qsTr("Start over")
        onAccepted: if (App.startQuiz(page.moduleId)) page.quizStarted()
    }
}
