// One class in instructor mode: its trainees, sessions, dashboard, question analysis and
// exports, one tab each.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    readonly property var instructor: App.instructor
    signal traineeOpened(string traineeId)
    signal classDeleted()
    title: instructor.className
    background: Rectangle { color: Theme.background }
    // The keyboard starts on the tabs, not on "Delete class…" (the first control in the chain).
    StackView.onActivated: tabs.currentItem.forceActiveFocus(Qt.TabFocusReason)

    ConfirmDialog {
        id: confirmDelete
        objectName: "confirmDelete"
        title: qsTr("Delete the class “%1”?").arg(page.instructor.className)
        text: qsTr("The class, its sessions and its key are deleted. Its trainees keep their profiles and every result; they can be added to another class.")
        acceptText: qsTr("Delete class")
        destructive: true
        onAccepted: {
            if (page.instructor.deleteClass(page.instructor.classId))
                page.classDeleted()
        }
    }

    header: ColumnLayout {
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.spacing
            Label {
                text: page.instructor.className
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            ActionButton {
                objectName: "deleteClassButton"
                text: qsTr("Delete class…")
                flat: true
                onClicked: confirmDelete.open()
            }
        }
        TabBar {
            id: tabs
            objectName: "classTabs"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            TabButton { text: qsTr("Trainees"); objectName: "membersTab"; Accessible.onPressAction: TabBar.tabBar.currentIndex = TabBar.index }
            TabButton { text: qsTr("Sessions"); objectName: "sessionsTab"; Accessible.onPressAction: TabBar.tabBar.currentIndex = TabBar.index }
            TabButton { text: qsTr("Dashboard"); objectName: "dashboardTab"; Accessible.onPressAction: TabBar.tabBar.currentIndex = TabBar.index }
            TabButton { text: qsTr("Questions"); objectName: "itemsTab"; Accessible.onPressAction: TabBar.tabBar.currentIndex = TabBar.index }
            TabButton { text: qsTr("Export"); objectName: "exportTab"; Accessible.onPressAction: TabBar.tabBar.currentIndex = TabBar.index }
        }
    }

    StackLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        currentIndex: tabs.currentIndex
        ClassMembersTab {
            onTraineeOpened: (traineeId) => page.traineeOpened(traineeId)
        }
        ClassSessionsTab {}
        DashboardTab {
            onTraineeOpened: (traineeId) => page.traineeOpened(traineeId)
        }
        ItemAnalysisTab {
            onSessionsRequested: tabs.currentIndex = 1
        }
        ExportTab {}
    }
}
