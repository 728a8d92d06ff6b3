// The class dashboard: trainees × modules with grades, passes, attempts and time, sortable by
// any column and filtered by name; a bar per module shows how much of the class passed it.
// Keyboard: Tab reaches each column title (Space or Enter sorts), then the rows as one stop:
// arrows move between trainees, Enter or Space opens one.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: tab
    readonly property InstructorController instructor: App.instructor
    readonly property DashboardModel board: instructor.dashboard
    readonly property int nameWidth: Theme.scaled(220)
    readonly property int cellWidth: Theme.scaled(112)
    signal traineeOpened(string traineeId)
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        TextField {
            objectName: "dashboardFilter"
            Layout.preferredWidth: 280
            placeholderText: qsTr("Filter by name")
            Accessible.name: qsTr("Filter trainees by name")
            onTextChanged: tab.board.filter = text
            // Pages are rebuilt on a language switch: show the filter that is still applied.
            Component.onCompleted: text = tab.board.filter
        }
        ChoiceBox {
            id: sessionChoice
            // Entries are names and titles: drawn as plain text (TextDelegate).
            delegate: TextDelegate {
                required property string label
                required property int index
                width: ListView.view.width
                text: label
                highlighted: sessionChoice.highlightedIndex === index
            }
            objectName: "dashboardSession"
            Layout.preferredWidth: 360
            textRole: "label"
            valueRole: "sessionId"
            model: tab.instructor.dashboardSessions
            currentIndex: tab.instructor.dashboardSessions.count > 0
                          ? tab.instructor.dashboardSessions.indexOfSession(tab.instructor.dashboardSessionId) : -1
            Accessible.name: qsTr("Modules shown")
            onActivated: tab.instructor.dashboardSessionId = currentValue
        }
        BusyIndicator {
            objectName: "dashboardLoading"
            running: tab.instructor.classLoading
            visible: running
            Layout.preferredHeight: Theme.margin * 1.5
            Layout.preferredWidth: Theme.margin * 1.5
            Accessible.name: qsTr("Loading the dashboard…")
        }
        Item { Layout.fillWidth: true }
        Label {
            textFormat: Text.PlainText
            text: qsTr("Click a column title to sort.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
        }
    }

    Flickable {
        id: table
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        // Scrolls sideways here; the rows scroll up and down in the ListView below, which
        // creates only the rows in view (a class may have a thousand trainees).
        flickableDirection: Flickable.HorizontalFlick
        contentWidth: tableColumn.width
        contentHeight: height
        ScrollBar.horizontal: ScrollBar {}

        Column {
            id: tableColumn
            spacing: 0

            // Column titles: click to sort (again to reverse).
            Row {
                id: headerRow
                component HeaderCell: ItemDelegate {
                    id: headerCell
                    property int column
                    property string label
                    width: tab.cellWidth
                    height: Theme.scaled(72)
                    // The title wraps between words only; the sort arrow has its own place, so
                    // it shows even when a long title is cut.
                    contentItem: RowLayout {
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            Layout.fillHeight: true
                            textFormat: Text.PlainText
                            text: headerCell.label
                            font.bold: true
                            font.pixelSize: Theme.fontSmall
                            wrapMode: Text.WordWrap
                            maximumLineCount: 3
                            elide: Text.ElideRight
                            color: Theme.text
                            verticalAlignment: Text.AlignVCenter
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: tab.board.sortColumn === headerCell.column ? (tab.board.descending ? "▼" : "▲") : ""
                            font.pixelSize: Theme.fontSmall
                            color: Theme.primary
                            Accessible.ignored: true // a sign for the eye; the cell's name is read
                        }
                    }
                    background: Rectangle { color: Theme.primaryLight }
                    // Its own tooltip, not the shared attached one: it goes with the cell when
                    // the cell is hidden or destroyed (re-sorting, another tab), never left behind.
                    ToolTip {
                        parent: headerCell
                        visible: headerCell.hovered && headerCell.visible
                        text: headerCell.label
                        delay: 500
                    }
                    onClicked: tab.board.sortBy(headerCell.column)
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                    Accessible.name: qsTr("Sort by %1").arg(headerCell.label)
                }
                // Space for the name column, which stays in view (drawn above, at contentX).
                Item { width: tab.nameWidth; height: Theme.scaled(72) }
                Repeater {
                    model: tab.instructor.dashboardModules
                    delegate: HeaderCell {
                        required property string title
                        required property int index
                        column: index
                        label: title
                    }
                }
                HeaderCell { column: DashboardModel.MeanColumn; label: qsTr("Mean grade") }
                HeaderCell { column: DashboardModel.PassedColumn; label: qsTr("Modules passed") }
                HeaderCell { column: DashboardModel.TimeColumn; label: qsTr("Time (min)") }
            }

            // How much of the class passed each module.
            Row {
                Item { width: tab.nameWidth; height: Theme.scaled(40)
                    Label { textFormat: Text.PlainText; anchors.verticalCenter: parent.verticalCenter; text: qsTr("Passed"); color: Theme.textMuted; leftPadding: 12 }
                }
                Repeater {
                    model: tab.instructor.dashboardModules
                    delegate: Item {
                        id: passCell
                        required property real passShare
                        width: tab.cellWidth
                        height: Theme.scaled(40)
                        Rectangle {
                            x: 8; y: 10; height: 20
                            width: (passCell.width - 16) * passCell.passShare
                            color: Theme.success
                            radius: 3
                        }
                        Rectangle { x: 8; y: 10; height: 20; width: passCell.width - 16; color: "transparent"; border.color: Theme.border; radius: 3 }
                        Label {
                            textFormat: Text.PlainText
                            anchors.centerIn: parent
                            text: Format.percent(100 * passCell.passShare, App.language)
                            font.pixelSize: Theme.fontSmall
                            color: Theme.text
                        }
                    }
                }
            }

            ListView {
                id: rows
                objectName: "dashboardRows"
                width: headerRow.width
                height: table.height - y - 12
                clip: true
                boundsBehavior: Flickable.StopAtBounds
                model: tab.board
                activeFocusOnTab: count > 0
                keyNavigationEnabled: true
                Accessible.name: qsTr("Trainees")
                Keys.onReturnPressed: if (currentIndex >= 0) tab.traineeOpened(tab.board.rowAt(currentIndex).traineeId)
                Keys.onEnterPressed: if (currentIndex >= 0) tab.traineeOpened(tab.board.rowAt(currentIndex).traineeId)
                Keys.onSpacePressed: if (currentIndex >= 0) tab.traineeOpened(tab.board.rowAt(currentIndex).traineeId)
                ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
                delegate: Rectangle {
                    id: rowItem
                    required property string traineeId
                    required property string name
                    required property var cells
                    required property real meanGrade
                    required property int modulesPassed
                    required property int minutes
                    required property int index
                    width: headerRow.width
                    height: Theme.scaled(44)
                    color: index % 2 ? Theme.surface : Theme.background
                    // The name stays in view when the table scrolls sideways: rows are never
                    // anonymous.
                    ItemDelegate {
                        x: table.contentX
                        z: 1
                        width: tab.nameWidth
                        height: Theme.scaled(44)
                        focusPolicy: Qt.NoFocus // the list takes focus; arrows move in it
                        text: rowItem.name
                        font.pixelSize: Theme.fontBody
                        Accessible.name: qsTr("Results of %1").arg(rowItem.name)
                        onClicked: tab.traineeOpened(rowItem.traineeId)
                        background: Rectangle { color: rowItem.color; border.color: Theme.border; border.width: table.contentX > 0 ? 1 : 0 }
                        contentItem: Label { text: rowItem.name; elide: Text.ElideRight; textFormat: Text.PlainText; verticalAlignment: Text.AlignVCenter; color: Theme.primary }
                    }
                    Row {
                        Item { width: tab.nameWidth; height: Theme.scaled(44) }
                        Repeater {
                            model: rowItem.cells
                            delegate: Label {
                                textFormat: Text.PlainText
                                required property dashboardCell modelData
                                width: tab.cellWidth
                                height: Theme.scaled(44)
                                leftPadding: 12
                                verticalAlignment: Text.AlignVCenter
                                font.pixelSize: Theme.fontSmall
                                color: modelData.grade < 0 ? Theme.textMuted : (modelData.passed ? Theme.success : Theme.danger)
                                lineHeight: 0.9
                                text: modelData.grade >= 0
                                      ? (modelData.passed ? "✓ " : "✗ ") + Format.percent(modelData.grade, App.language) + "\n" + qsTr("%n attempt(s)", "", modelData.attempts)
                                      : (modelData.started ? qsTr("%1/%n lesson(s)", "", modelData.lessonsTotal).arg(modelData.lessonsRead) : "–")
                            }
                        }
                        Label { textFormat: Text.PlainText; width: tab.cellWidth; height: Theme.scaled(44); leftPadding: 12; verticalAlignment: Text.AlignVCenter; text: rowItem.meanGrade >= 0 ? Format.percent(rowItem.meanGrade, App.language) : "–"; color: Theme.text }
                        Label { textFormat: Text.PlainText; width: tab.cellWidth; height: Theme.scaled(44); leftPadding: 12; verticalAlignment: Text.AlignVCenter; text: rowItem.modulesPassed; color: Theme.text }
                        Label { textFormat: Text.PlainText; width: tab.cellWidth; height: Theme.scaled(44); leftPadding: 12; verticalAlignment: Text.AlignVCenter; text: rowItem.minutes; color: Theme.text }
                    }
                }
            }
        }
        // The column title of the names, in view like the names.
        HeaderCell {
            x: table.contentX
            z: 2
            column: DashboardModel.NameColumn
            label: qsTr("Trainee")
            width: tab.nameWidth
        }
    }
    Label {
        textFormat: Text.PlainText
        visible: tab.board.count === 0
        text: qsTr("No trainees to show.")
        color: Theme.textMuted
    }
}
