// Import a Moodle question bank (GIFT or Moodle XML) into a module of the user's own content pack.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    title: qsTr("Import questions from Moodle")
    background: Rectangle { color: Theme.background }
    property url file
    property var report: ({})

    FileFlow {
        id: picker
        objectName: "giftPicker"
        title: qsTr("Choose a GIFT or Moodle XML file")
        mode: "open"
        kind: "gift"
        onChosen: (file) => page.file = file
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.spacing
            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Import questions from Moodle (GIFT or XML)")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Choice, true/false, matching, ordering, short-answer, numeric and missing-word questions are imported; essays, descriptions, cloze, calculated and drag-and-drop questions are listed and skipped. An answer without feedback is imported with an empty explanation. Nothing is written unless the whole module loads. Import the same bank in the other language, with the same titles or ID numbers, to add that language.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
            }
            Card {
                Layout.fillWidth: true
                GridLayout {
                    width: parent.width
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: Theme.spacing
                    Label { textFormat: Text.PlainText; text: qsTr("File"); color: Theme.text }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            textFormat: Text.PlainText
                            text: String(page.file).length > 0 ? Files.displayPath(page.file) : qsTr("No file chosen")
                            elide: Text.ElideMiddle
                            color: Theme.textMuted
                            Layout.fillWidth: true
                        }
                        ActionButton { text: qsTr("Choose…"); onClicked: picker.open() }
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("Language of the file"); color: Theme.text }
                    ChoiceBox {
                        id: lang
                        readonly property var codes: ["vi", "en"]
                        model: ["Tiếng Việt", "English"]
                        Layout.preferredWidth: 200
                        Accessible.name: qsTr("Language of the file")
                    }
                    Label { textFormat: Text.PlainText; text: qsTr("Module id"); color: Theme.text }
                    TextField {
                        id: moduleId
                        Layout.fillWidth: true
                        placeholderText: qsTr("e.g. phishing-bank (a-z, 0-9, -)")
                        validator: RegularExpressionValidator { regularExpression: /[a-z0-9-]{1,64}/ }
                        Accessible.name: qsTr("Module id")
                    }
                }
            }
            ActionButton {
                text: qsTr("Import")
                highlighted: true
                enabled: String(page.file).length > 0 && moduleId.acceptableInput
                onClicked: page.report = App.importBank(page.file, lang.codes[lang.currentIndex], moduleId.text)
            }
            Notice {
                Layout.fillWidth: true
                text: page.report.error ? qsTr("Nothing was imported: %1").arg(page.report.error) : ""
            }
            Notice {
                objectName: "importSummary"
                Layout.fillWidth: true
                kind: (page.report.skipped || []).length > 0 ? "warning" : "success"
                text: (page.report.summary || "")
                      + ((page.report.skipped || []).length > 0 ? "\n" + qsTr("Skipped:") + "\n" + page.report.skipped.join("\n") : "")
            }
            Notice {
                objectName: "importWarnings"
                Layout.fillWidth: true
                kind: "warning"
                text: (page.report.warnings || []).length > 0
                      ? qsTr("Imported, with warnings:") + "\n" + page.report.warnings.join("\n") : ""
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
