// The trainee's quiz attempts: when, which module, score, and whether it was finished.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    signal reviewRequested(string attemptId)
    signal modulesRequested()
    title: qsTr("My history")
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.margin
        width: Theme.columnWidth(parent.width)
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            text: qsTr("My history")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        RowLayout {
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: qsTr("Recorded grade per module:")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Label {
                objectName: "gradePolicy"
                textFormat: Text.PlainText
                //: The instructor chooses this on the instructor home page
                text: ({ best: qsTr("best attempt"), first: qsTr("first attempt"), last: qsTr("last attempt") })[App.gradePolicy]
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
        }
        Card {
            objectName: "noAttempts"
            visible: App.history.count === 0
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentWidth
            Layout.alignment: Qt.AlignHCenter
            EmptyState {
                width: parent.width
                icon: "empty-history"
                text: qsTr("Every quiz you take is kept here with its score, so you can review your answers later. You have not taken a quiz yet.")
                buttonText: qsTr("Choose a module")
                onActivated: page.modulesRequested()
            }
        }
        ListView {
            id: list
            objectName: "historyList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.contentWidth
            Layout.alignment: Qt.AlignHCenter
            clip: true
            spacing: 8
            model: App.history
            focus: true
            keyNavigationEnabled: true
            Accessible.name: qsTr("Quiz attempts, newest first")
            ScrollBar.vertical: ScrollBar {}
            delegate: Card {
                id: entry
                required property string attemptId
                required property string moduleTitle
                required property string startedAt
                required property bool finished
                required property int answeredCount
                required property int questionCount
                required property real percent
                required property bool passed
                required property bool abandoned
                width: ListView.view.width
                padding: Theme.spacing + 4
                Accessible.name: moduleTitle + ", " + startedAt + ", " + status.text
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            textFormat: Text.PlainText
                            text: entry.moduleTitle
                            font.pixelSize: Theme.fontBody
                            font.bold: true
                            color: Theme.text
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: entry.startedAt
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        id: status
                        text: entry.finished ? (entry.passed ? qsTr("%1% · passed").arg(Format.number(entry.percent, App.language)) : qsTr("%1% · not passed").arg(Format.number(entry.percent, App.language)))
                                       : entry.abandoned ? qsTr("Closed unfinished · %1 of %2 answered").arg(entry.answeredCount).arg(entry.questionCount)
                                       : qsTr("Interrupted · %1 of %2 answered (saved)").arg(entry.answeredCount).arg(entry.questionCount)
                        font.pixelSize: Theme.fontBody
                        color: !entry.finished ? Theme.accent : entry.passed ? Theme.success : Theme.danger
                    }
                    ActionButton {
                        text: qsTr("Review")
                        flat: true
                        Accessible.name: qsTr("Review this attempt")
                        onClicked: page.reviewRequested(entry.attemptId)
                    }
                }
            }
        }
    }
}
