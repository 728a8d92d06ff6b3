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

    Dialog {
        id: confirmDelete
        objectName: "confirmDelete"
        anchors.centerIn: parent
        modal: true
        width: Math.min(540, page.width - 2 * Theme.margin)
        title: qsTr("Delete the class “%1”?").arg(instructor.className)
        standardButtons: Dialog.Yes | Dialog.Cancel
        header: Label {
            text: confirmDelete.title
            textFormat: Text.PlainText // the title holds the class name
            wrapMode: Text.Wrap
            padding: 24
            bottomPadding: 0
            font.pixelSize: Theme.fontLarge
            font.bold: true
        }
        contentItem: Label {
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            text: qsTr("The class, its sessions and its key are deleted. Its trainees keep their profiles and every result; they can be added to another class.")
        }
        onAccepted: {
            if (instructor.deleteClass(instructor.classId))
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
                text: instructor.className
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
