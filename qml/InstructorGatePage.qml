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
    StackView.onActivated: passField.forceActiveFocus()
    Component.onCompleted: page.instructor.refreshWait()

    function submit() {
        if (page.waiting)
            return
        error.text = page.firstUse ? instructor.setPassphrase(passField.text, repeatField.text)
                                   : instructor.unlock(passField.text)
        passField.text = ""
        repeatField.text = ""
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
                      ? qsTr("Instructor mode shows every trainee's results on this computer. Choose a passphrase of at least %1 characters that trainees cannot guess, for example a short sentence. Only a salted, slow hash of it is stored.").arg(instructor.minimumPassphraseLength)
                      : qsTr("Enter the instructor passphrase. Trainees cannot open these screens.")
            }
            TextField {
                id: passField
                objectName: "passphraseField"
                Layout.fillWidth: true
                echoMode: TextInput.Password
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
            ActionButton {
                objectName: "unlockButton"
                text: page.firstUse ? qsTr("Set passphrase and continue") : qsTr("Unlock")
                highlighted: true
                enabled: passField.text.length > 0 && !page.waiting
                onClicked: page.submit()
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
