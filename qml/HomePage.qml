// The signed-in trainee's home: every module with their progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    signal moduleOpened(string moduleId)
    signal practiceStarted()
    signal importRequested()
    title: qsTr("Home")
    StackView.onActivated: if (modules.count > 0) modules.itemAt(0).focusOpen()
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 2 * Theme.margin, Theme.contentWidth)
            x: (parent.width - width) / 2
            spacing: Theme.margin

            Item { Layout.preferredHeight: Theme.spacing }

            Label {
                text: qsTr("Hello, %1").arg(App.traineeName)
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                text: qsTr("Pick a module. Read its lesson, then test yourself with the quiz.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ContentProblemsNotice {
                Layout.fillWidth: true
            }

            Card {
                objectName: "practiceCard"
                Layout.fillWidth: true
                visible: App.dueMistakeCount > 0
                RowLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: qsTr("%n question(s) you missed are due for practice today.", "", App.dueMistakeCount)
                    }
                    ActionButton {
                        text: qsTr("Practise my mistakes")
                        highlighted: true
                        onClicked: if (App.startPractice()) page.practiceStarted()
                    }
                }
            }

            Repeater {
                id: modules
                model: App.modules
                delegate: ModuleCard {
                    Layout.fillWidth: true
                    onOpened: page.moduleOpened(moduleId)
                }
            }
            ActionButton {
                objectName: "importGift"
                flat: true
                text: qsTr("Import questions from Moodle (GIFT)…")
                onClicked: page.importRequested()
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
