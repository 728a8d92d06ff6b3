// The door to instructor mode: set the passphrase on first use, then enter it each time.
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    readonly property var instructor: App.instructor
    readonly property bool firstUse: !instructor.passphraseSet
    objectName: "instructorGate"
    title: qsTr("Instructor mode")
    background: Rectangle { color: Theme.background }
    readonly property bool waiting: !firstUse && page.instructor.waitSeconds > 0
    readonly property bool checking: page.instructor.task.busy
    StackView.onActivated: passField.forceActiveFocus()
    Component.onCompleted: page.instructor.refreshWait()

    function submit() {
        if (page.waiting || page.checking)
            return
        error.text = ""
        if (page.firstUse)
            instructor.setPassphrase(passField.text, repeatField.text)
        else
            instructor.unlock(passField.text)
        passField.text = ""
        repeatField.text = ""
    }

    // The check runs off the GUI thread (the hash takes about half a second).
    Connections {
        target: page.instructor.task
        function onFinished(result) {
            if (result.operation !== "setPassphrase" && result.operation !== "unlock")
                return
            error.text = result.ok ? "" : result.message
            if (!result.ok)
                passField.forceActiveFocus() // it was disabled during the check
        }
    }

    Card {
        anchors.centerIn: parent
        width: Theme.columnWidth(parent.width)
        ColumnLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: page.firstUse ? qsTr("Set the instructor passphrase") : qsTr("Instructor mode")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                text: page.firstUse
                      ? qsTr("Instructor mode shows every trainee's results on this computer. Choose a passphrase of at least %1 characters that trainees cannot guess, for example a short sentence. Only a salted, slow hash of it is stored.").arg(page.instructor.minimumPassphraseLength)
                      : qsTr("Enter the instructor passphrase. Trainees cannot open these screens.")
            }
            TextField {
                id: passField
                objectName: "passphraseField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
                enabled: !page.checking
                placeholderText: qsTr("Passphrase")
                Accessible.name: qsTr("Passphrase")
                // Qt 6.4 gives a password field no name on AT-SPI; the description reaches Orca.
                Accessible.description: qsTr("Passphrase")
                onAccepted: page.firstUse ? repeatField.forceActiveFocus() : page.submit()
            }
            TextField {
                id: repeatField
                objectName: "repeatField"
                visible: page.firstUse
                enabled: !page.checking
                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("The same passphrase again")
                Accessible.name: qsTr("The same passphrase again")
                Accessible.description: qsTr("The same passphrase again")
                onAccepted: page.submit()
            }
            Notice {
                id: error
                objectName: "gateError"
                Layout.fillWidth: true
            }
            Label {
                objectName: "lockoutCountdown"
                textFormat: Text.PlainText
                visible: page.waiting
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.bold: true
                text: qsTr("Too many wrong tries. You can try again in %n second(s).", "", page.instructor.waitSeconds)
            }
            RowLayout {
                spacing: Theme.spacing
                ActionButton {
                    objectName: "unlockButton"
                    text: page.firstUse ? qsTr("Set passphrase and continue") : qsTr("Unlock")
                    highlighted: true
                    enabled: passField.text.length > 0 && !page.waiting && !page.checking
                    onClicked: page.submit()
                }
                BusyIndicator {
                    objectName: "checkingIndicator"
                    running: page.checking
                    visible: running
                    Layout.preferredHeight: Theme.margin * 1.5
                    Layout.preferredWidth: Theme.margin * 1.5
                    Accessible.name: qsTr("Checking the passphrase…")
                }
            }
            Label {
                textFormat: Text.PlainText
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                text: qsTr("Forgotten passphrase? Whoever administers this computer can remove it with the command “khien reset-instructor”; all trainee data stays.")
            }
        }
    }
}
