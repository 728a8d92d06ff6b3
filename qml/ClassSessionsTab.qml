// A class's dated sessions and a form to start a new one that assigns modules.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ScrollView {
    id: tab
    readonly property InstructorController instructor: App.instructor
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
                    visible: tab.instructor.sessions.count === 0
                    icon: "empty-sessions"
                    text: qsTr("A session is one lesson day: a title, a date and the modules to do. Trainees of the class see it on their home page. There is no session yet.")
                    buttonText: qsTr("Plan the first session")
                    onActivated: titleField.forceActiveFocus()
                    Layout.fillWidth: true
                }
                Repeater {
                    model: tab.instructor.sessions
                    delegate: ColumnLayout {
                        id: session
                        required property string sessionId
                        required property string title
                        required property string date
                        required property string modules
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: session.date + " · " + session.title
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
                                Accessible.name: qsTr("Delete session %1").arg(session.title)
                                onClicked: tab.instructor.deleteSession(session.sessionId)
                            }
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: session.modules
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
                    id: titleField
                    objectName: "sessionTitleField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Title, e.g. Buổi 1 – Nhận diện lừa đảo")
                    Accessible.name: qsTr("Session title")
                }
                TextField {
                    id: dateField
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
                    text: Format.date(dateField.text, App.language)
                    color: Theme.textMuted
                }
                Label {
                    textFormat: Text.PlainText
                    text: qsTr("Modules the session assigns")
                    color: Theme.textMuted
                }
                Repeater {
                    id: moduleChoices
                    model: tab.instructor.availableModules
                    delegate: CheckBox {
                        id: assign
                        required property string moduleId
                        required property string title
                        objectName: "assign_" + moduleId
                        text: assign.title
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
                                chosen.push(moduleChoices.itemAt(i).moduleId)
                        sessionNotice.text = tab.instructor.createSession(titleField.text, dateField.text, chosen)
                        if (sessionNotice.text.length === 0) {
                            titleField.text = ""
                            for (let j = 0; j < moduleChoices.count; ++j)
                                moduleChoices.itemAt(j).checked = false
                        }
                    }
                }
            }
        }
    }
}
