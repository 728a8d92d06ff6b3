// Exports of the class (or of the session chosen on the dashboard): CSV, xAPI, PDF.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ScrollView {
    id: tab
    readonly property var instructor: App.instructor
    property string format: "csv"
    contentWidth: availableWidth
    // Set, not left to ScrollView: it sizes its content only when it holds a single item, and
    // the save flow is a second one; unset, the Save button was out of reach at 600 px.
    contentHeight: card.implicitHeight

    FileFlow {
        id: saver
        objectName: "exportSaver"
        title: qsTr("Save the export")
        kind: ({ "csv": "scores", "answers-csv": "answers", "xapi": "xapi", "pdf": "report" })[tab.format]
        subject: tab.instructor.className
        onChosen: (file) => tab.instructor.exportClass(tab.format, file, semicolon.checked ? ";" : ",")
    }
    Connections {
        target: tab.instructor.task
        function onFinished(result) {
            if (result.operation === "exportClass") {
                notice.kind = result.kind
                notice.text = result.message
            }
        }
    }

    Card {
        id: card
        width: Theme.columnWidth(tab.availableWidth + 2 * Theme.margin)
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: qsTr("Export results")
                font.pixelSize: Theme.fontLarge
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                text: tab.instructor.dashboardSessionId.length > 0
                      ? qsTr("The session chosen on the dashboard: its modules, every trainee of the class.")
                      : qsTr("Every module, every trainee of the class.")
            }
            ButtonGroup { id: formats }
            RadioButton { ButtonGroup.group: formats; checked: true; text: qsTr("Scores (CSV, one row per trainee and module)"); onClicked: tab.format = "csv"; Accessible.onToggleAction: { checked = true; clicked() } }
            RadioButton { ButtonGroup.group: formats; text: qsTr("Every answer (CSV)"); onClicked: tab.format = "answers-csv"; Accessible.onToggleAction: { checked = true; clicked() } }
            RadioButton { ButtonGroup.group: formats; text: qsTr("xAPI statements (JSON, for a learning record store)"); onClicked: tab.format = "xapi"; Accessible.onToggleAction: { checked = true; clicked() } }
            RadioButton { ButtonGroup.group: formats; objectName: "pdfFormat"; text: qsTr("Class report (PDF, tables and charts)"); onClicked: tab.format = "pdf"; Accessible.onToggleAction: { checked = true; clicked() } }
            CheckBox {
                id: semicolon
                visible: tab.format === "csv" || tab.format === "answers-csv"
                text: qsTr("Separate cells with “;” (Excel where the decimal mark is a comma, as in Vietnamese Windows)")
            }
            TaskProgress { operations: ["exportClass"]; Layout.fillWidth: true }
            Notice { id: notice; objectName: "exportNotice"; Layout.fillWidth: true }
            ActionButton {
                objectName: "exportSaveButton"
                text: qsTr("Save…")
                highlighted: true
                enabled: !tab.instructor.task.busy
                onClicked: {
                    // Nothing to save: say so instead of asking where to save it.
                    notice.kind = "warning"
                    notice.text = tab.instructor.exportProblem(tab.format)
                    if (notice.text.length === 0)
                        saver.open()
                }
            }
        }
    }
}
