// The signed-in trainee's home: every module with their progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    signal moduleOpened(string moduleId)
    signal practiceStarted()
    signal liveJoinRequested()
    title: qsTr("Home")
    StackView.onActivated: if (modules.count > 0 && modules.itemAtIndex(0)) modules.itemAtIndex(0).focusOpen()
    background: Rectangle { color: Theme.background }

    // Cards are created as they scroll into view (a pack may hold hundreds of modules); the
    // cache keeps the next screens' cards ready for Tab and the wheel.
    ListView {
        id: modules
        anchors.fill: parent
        model: App.modules
        spacing: Theme.margin
        cacheBuffer: 2000
        clip: true
        activeFocusOnTab: false
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            width: Theme.columnWidth(ListView.view.width)
            x: (ListView.view.width - width) / 2
            spacing: Theme.margin

            Item { Layout.preferredHeight: Theme.spacing }

            Label {
                textFormat: Text.PlainText
                text: qsTr("Hello, %1").arg(App.traineeName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Pick a module. Read its lesson, then test yourself with the quiz.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ContentProblemsNotice {
                Layout.fillWidth: true
            }

            Repeater {
                model: App.assignments
                delegate: Card {
                    id: assignment
                    required property string title
                    required property string date
                    required property string className
                    required property var modules
                    objectName: "assignmentCard"
                    Layout.fillWidth: true
                    background: Rectangle {
                        color: Theme.primaryLight
                        radius: Theme.radius
                        border.color: Theme.primary
                    }
                    ColumnLayout {
                        width: parent.width
                        spacing: 6
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                            text: qsTr("Assigned: %1").arg(assignment.title)
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            textFormat: Text.PlainText
                            color: Theme.textMuted
                            text: assignment.className + " · " + assignment.date
                        }
                        Flow {
                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            Repeater {
                                model: assignment.modules
                                delegate: ActionButton {
                                    id: assigned
                                    required property assignedModule modelData
                                    text: (modelData.passed ? "✓ " : "") + modelData.title
                                    highlighted: !modelData.passed
                                    Accessible.name: qsTr("Open %1").arg(modelData.title)
                                    onClicked: page.moduleOpened(assigned.modelData.moduleId) // qmllint disable unqualified
                                }
                            }
                        }
                    }
                }
            }

            Card {
                objectName: "practiceCard"
                Layout.fillWidth: true
                visible: App.dueMistakeCount > 0
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: qsTr("%n question(s) you missed are due for practice today.", "", App.dueMistakeCount)
                    }
                    ActionButton {
                        text: qsTr("Practise my mistakes")
                        highlighted: true
                        onClicked: if (App.startPractice()) page.practiceStarted() // qmllint disable unqualified
                    }
                }
            }

            Card {
                objectName: "liveCard"
                Layout.fillWidth: true
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: qsTr("In class? Answer the instructor's live questions from this computer.")
                    }
                    ActionButton {
                        objectName: "joinLiveButton"
                        text: qsTr("Join a live session")
                        Accessible.name: text
                        onClicked: page.liveJoinRequested() // qmllint disable unqualified
                    }
                }
            }

            Item { Layout.preferredHeight: 0 }
        }

        delegate: ModuleCard {
            width: Theme.columnWidth(ListView.view.width)
            x: (ListView.view.width - width) / 2
            onOpened: page.moduleOpened(moduleId) // qmllint disable unqualified
        }

        footer: ColumnLayout {
            width: Theme.columnWidth(ListView.view.width)
            x: (ListView.view.width - width) / 2
            Item { Layout.preferredHeight: Theme.spacing }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
