// A class's dated sessions and a form to start a new one that assigns modules.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ScrollView {
    id: tab
    readonly property var instructor: App.instructor
    contentWidth: availableWidth

    RowLayout {
        width: tab.availableWidth
        spacing: Theme.margin

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Sessions")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                EmptyState {
                    objectName: "noSessions"
                    visible: instructor.sessions.count === 0
                    icon: "empty-sessions"
                    text: qsTr("A session is one lesson day: a title, a date and the modules to do. Trainees of the class see it on their home page. There is no session yet.")
                    buttonText: qsTr("Plan the first session")
                    onActivated: title.forceActiveFocus()
                    Layout.fillWidth: true
                }
                Repeater {
                    model: instructor.sessions
                    delegate: ColumnLayout {
                        required property string sessionId
                        required property string title
                        required property string date
                        required property string modules
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: date + " · " + title
                                font.pixelSize: Theme.fontBody
                                font.bold: true
                                color: Theme.text
                                textFormat: Text.PlainText
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ActionButton {
                                text: qsTr("Delete")
                                flat: true
                                Accessible.name: qsTr("Delete session %1").arg(title)
                                onClicked: instructor.deleteSession(sessionId)
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: modules
                            color: Theme.textMuted
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }

        Card {
            Layout.fillWidth: true
            Layout.preferredWidth: 1
            Layout.alignment: Qt.AlignTop
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("New session")
                    font.pixelSize: Theme.fontLarge
                    font.bold: true
                    color: Theme.text
                }
                TextField {
                    id: title
                    objectName: "sessionTitleField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Title, e.g. Buổi 1 – Nhận diện lừa đảo")
                    Accessible.name: qsTr("Session title")
                }
                TextField {
                    id: date
                    objectName: "sessionDateField"
                    Layout.fillWidth: true
                    text: Qt.formatDate(new Date(), "yyyy-MM-dd")
                    inputMask: "9999-99-99"
                    Accessible.name: qsTr("Date (year-month-day)")
                }
                Label {
                    // The typed date as the rest of the app writes it, to check it at a glance.
                    objectName: "sessionDateShown"
                    textFormat: Text.PlainText
                    visible: text.length > 0
                    text: Format.date(date.text, App.language)
                    color: Theme.textMuted
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Modules the session assigns")
                    color: Theme.textMuted
                }
                Repeater {
                    id: moduleChoices
                    model: App.language, instructor.availableModules()
                    delegate: CheckBox {
                        id: assign
                        required property var modelData
                        objectName: "assign_" + modelData.moduleId
                        text: modelData.title
                        contentItem: Label {
                            text: assign.text
                            textFormat: Text.PlainText
                            verticalAlignment: Text.AlignVCenter
                            leftPadding: assign.indicator.width + assign.spacing
                            wrapMode: Text.Wrap
                        }
                        Layout.fillWidth: true
                    }
                }
                Notice { id: sessionNotice; objectName: "sessionNotice"; Layout.fillWidth: true }
                ActionButton {
                    objectName: "createSessionButton"
                    text: qsTr("Create session")
                    highlighted: true
                    onClicked: {
                        let chosen = []
                        for (let i = 0; i < moduleChoices.count; ++i)
                            if (moduleChoices.itemAt(i).checked)
                                chosen.push(moduleChoices.itemAt(i).modelData.moduleId)
                        sessionNotice.text = instructor.createSession(title.text, date.text, chosen)
                        if (sessionNotice.text.length === 0) {
                            title.text = ""
                            for (let j = 0; j < moduleChoices.count; ++j)
                                moduleChoices.itemAt(j).checked = false
                        }
                    }
                }
            }
        }
    }
}
