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
    title: instructor.className
    background: Rectangle { color: Theme.background }

    header: ColumnLayout {
        spacing: 0
        Label {
            text: instructor.className
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            elide: Text.ElideRight
            Layout.fillWidth: true
            Layout.margins: Theme.margin
            Layout.bottomMargin: Theme.spacing
        }
        TabBar {
            id: tabs
            objectName: "classTabs"
            Layout.fillWidth: true
            Layout.leftMargin: Theme.margin
            Layout.rightMargin: Theme.margin
            TabButton { text: qsTr("Trainees"); objectName: "membersTab" }
            TabButton { text: qsTr("Sessions"); objectName: "sessionsTab" }
            TabButton { text: qsTr("Dashboard"); objectName: "dashboardTab" }
            TabButton { text: qsTr("Questions"); objectName: "itemsTab" }
            TabButton { text: qsTr("Export"); objectName: "exportTab" }
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
        ItemAnalysisTab {}
        ExportTab {}
    }
}
