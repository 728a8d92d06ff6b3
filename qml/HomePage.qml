// The signed-in trainee's home: every module with their progress.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    signal moduleOpened(string moduleId)
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

            Repeater {
                id: modules
                model: App.modules
                delegate: ModuleCard {
                    Layout.fillWidth: true
                    onOpened: page.moduleOpened(moduleId)
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
