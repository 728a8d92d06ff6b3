// Instructor mode's start: the classes on this computer, a new class, projector mode, results
// bundles, backups, the passphrase.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    readonly property var instructor: App.instructor
    signal classOpened()
    signal projectorRequested()
    signal liveRequested()
    signal importRequested()
    title: qsTr("Classes")

    FileFlow {
        id: bundleSaver
        objectName: "bundleSaver"
        title: qsTr("Save this computer's results")
        kind: "bundle"
        onChosen: (file) => page.instructor.exportBundle(file, keyField.text)
    }
    Connections {
        target: page.instructor.task
        function onFinished(result) {
            const notice = result.operation === "exportBundle" ? bundleNotice
                         : result.operation === "changePassphrase" ? passNotice : null
            if (notice) {
                notice.kind = result.kind
                notice.text = result.message
            }
        }
    }
    background: Rectangle { color: Theme.background }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.margin

            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Classes")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    EmptyState {
                        objectName: "noClasses"
                        visible: page.instructor.classes.count === 0
                        icon: "empty-classes"
                        text: qsTr("A class gathers the trainees you teach together, with their sessions, results and reports. There is no class yet.")
                        buttonText: qsTr("Create the first class")
                        onActivated: className.forceActiveFocus()
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: page.instructor.classes
                        delegate: TextDelegate {
                            required property string classId
                            required property string name
                            required property int memberCount
                            required property int sessionCount
                            Layout.fillWidth: true
                            objectName: "class_" + name
                            text: name + "   ·   " + qsTr("%n trainee(s)", "", memberCount) + "   ·   " + qsTr("%n session(s)", "", sessionCount)
                            font.pixelSize: Theme.fontBody
                            Accessible.name: qsTr("Open class %1").arg(name)
                            onClicked: {
                                page.instructor.openClass(classId)
                                page.classOpened()
                            }
                            Keys.onReturnPressed: clicked()
                        }
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        TextField {
                            id: className
                            objectName: "classNameField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("New class, e.g. Lớp 10A1 – An toàn thông tin")
                            maximumLength: 100
                            Accessible.name: qsTr("Name of the new class")
                            onAccepted: createClass.clicked()
                        }
                        ActionButton {
                            id: createClass
                            objectName: "createClassButton"
                            text: qsTr("Create class")
                            enabled: className.text.trim().length > 0
                            onClicked: {
                                classError.text = page.instructor.createClass(className.text)
                                if (classError.text.length === 0) {
                                    className.text = ""
                                    page.classOpened()
                                }
                            }
                        }
                    }
                    Notice { id: classError; Layout.fillWidth: true }
                }
            }

            Card {
                objectName: "reviewDueCard"
                Layout.fillWidth: true
                visible: page.instructor.contentDueForReview.length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Content due for review")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("These facts may have changed (an end of support, a decree, a hotline). Check them before teaching, or tell whoever maintains the course.")
                    }
                    Label {
                        objectName: "reviewDueList"
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: page.instructor.contentDueForReview.join("\n")
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Present to the room")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("Projector mode shows a lesson or a quiz in large type, step by step, and reveals the answers when you choose. No trainee data is shown.")
                    }
                    Notice {
                        objectName: "liveResumeNotice"
                        kind: "warning"
                        Layout.fillWidth: true
                        text: App.live.resumable ? qsTr("A live session was interrupted when Khiên closed. Open Live session to resume it.") : ""
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "projectorButton"
                            text: qsTr("Projector mode")
                            onClicked: page.projectorRequested()
                        }
                        ActionButton {
                            objectName: "liveButton"
                            text: App.live.running ? qsTr("Back to the live session") : qsTr("Live session…")
                            highlighted: App.live.running || App.live.resumable
                            onClicked: page.liveRequested()
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Send this computer's results")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("On a computer in the room: type the class key shown on the instructor's computer (class page, Trainees) and save every trainee's results here as one file, e.g. on a USB stick. Import it on the instructor's computer.")
                    }
                    TextField {
                        id: keyField
                        objectName: "bundleKeyField"
                        Layout.fillWidth: true
                        font.family: "monospace"
                        placeholderText: "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
                        Accessible.name: qsTr("Class key")
                    }
                    TaskProgress { operations: ["exportBundle"]; Layout.fillWidth: true }
                    Notice { id: bundleNotice; objectName: "bundleNotice"; Layout.fillWidth: true }
                    ActionButton {
                        objectName: "bundleSaveButton"
                        text: qsTr("Save results bundle…")
                        enabled: keyField.text.trim().length > 0 && !page.instructor.task.busy
                        onClicked: {
                            bundleNotice.kind = "warning"
                            bundleNotice.text = page.instructor.bundleProblem()
                            if (bundleNotice.text.length === 0)
                                bundleSaver.open()
                        }
                    }
                }
            }

            // Decisions for every trainee on this computer: made here, never on a trainee's screen.
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Course settings for this computer")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Recorded grade per module:")
                            color: Theme.text
                        }
                        ChoiceBox {
                            id: policy
                            objectName: "gradePolicy"
                            readonly property var codes: ["best", "first", "last"]
                            model: [qsTr("best attempt"), qsTr("first attempt"), qsTr("last attempt")]
                            currentIndex: codes.indexOf(App.gradePolicy)
                            Accessible.name: qsTr("Recorded grade per module")
                            onActivated: (i) => App.gradePolicy = codes[i]
                            Layout.preferredWidth: 220
                        }
                    }
                    ActionButton {
                        objectName: "importGift"
                        text: qsTr("Import questions from Moodle (GIFT or XML)…")
                        onClicked: page.importRequested()
                    }
                }
            }

            BackupsCard { Layout.fillWidth: true }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Change the passphrase")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    TextField {
                        id: oldPass
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        placeholderText: qsTr("Current passphrase")
                        Accessible.name: placeholderText
                        Accessible.description: placeholderText // Qt 6.4: no name on AT-SPI for a password field
                    }
                    TextField {
                        id: newPass
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        placeholderText: qsTr("New passphrase (at least %1 characters)").arg(page.instructor.minimumPassphraseLength)
                        Accessible.name: placeholderText
                        Accessible.description: placeholderText // Qt 6.4: no name on AT-SPI for a password field
                    }
                    TextField {
                        id: newPass2
                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        placeholderText: qsTr("The same passphrase again")
                        Accessible.name: placeholderText
                        Accessible.description: placeholderText // Qt 6.4: no name on AT-SPI for a password field
                    }
                    TaskProgress { operations: ["changePassphrase"]; Layout.fillWidth: true }
                    Notice { id: passNotice; Layout.fillWidth: true }
                    ActionButton {
                        text: qsTr("Change passphrase")
                        enabled: oldPass.text.length > 0 && newPass.text.length > 0 && !page.instructor.task.busy
                        onClicked: {
                            passNotice.text = ""
                            page.instructor.changePassphrase(oldPass.text, newPass.text, newPass2.text)
                            oldPass.text = newPass.text = newPass2.text = ""
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }
}
