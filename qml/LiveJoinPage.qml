// Joining a live session from this computer: the sessions announced on the room's network
// (listened for only while this page is on top), the address and the 6-digit code from the
// projector, and Join. The name sent is the signed-in trainee's, the language the UI's.
// Announcements are not authenticated: the page says to compare the address with the projector.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    objectName: "liveJoinPage"
    signal joined(LiveQuizController liveQuiz)
    title: qsTr("Join a live session")
    background: Rectangle { color: Theme.background }
    StackView.onActivated: addressField.forceActiveFocus()

    property alias liveQuiz: liveQuiz
    property alias finder: finder

    LiveQuizController {
        id: liveQuiz
        language: App.language
        onJoinedChanged: if (joined) page.joined(liveQuiz)
    }
    LiveSessionFinder {
        id: finder
        active: page.StackView.status === StackView.Active
    }

    function join() {
        liveQuiz.join(addressField.text, codeField.text, App.traineeName)
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
                text: qsTr("Join a live session")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Type the address and the code shown on the projector. You answer as %1; your answers are saved on the instructor's computer.").arg(App.traineeName)
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Sessions on this network")
                        font.pixelSize: Theme.fontSmall
                        font.bold: true
                        color: Theme.primary
                    }
                    Label {
                        objectName: "noSessionFound"
                        textFormat: Text.PlainText
                        visible: finder.sessions.length === 0
                        text: qsTr("None announced yet. You can type the address instead.")
                        font.pixelSize: Theme.fontBody
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: finder.sessions
                        delegate: ActionButton {
                            id: sessionButton
                            required property var modelData
                            objectName: "announced_" + modelData.address
                            Layout.fillWidth: true
                            //: A session found on the network: class name — address:port
                            text: qsTr("%1 — %2").arg(modelData.name).arg(modelData.address)
                            Accessible.name: qsTr("Use the session of %1 at %2").arg(modelData.name).arg(modelData.address)
                            contentItem: Label {
                                textFormat: Text.PlainText
                                text: sessionButton.text
                                elide: Text.ElideRight
                                font.pixelSize: Theme.fontBody
                                color: Theme.text
                            }
                            onClicked: {
                                addressField.text = modelData.address
                                codeField.forceActiveFocus()
                            }
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: finder.sessions.length > 0
                        text: qsTr("Any device on the network can announce itself: check that the address matches the one on the projector.")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
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
                        text: qsTr("Address")
                        font.bold: true
                        color: Theme.text
                    }
                    TextField {
                        id: addressField
                        objectName: "addressField"
                        Layout.fillWidth: true
                        maximumLength: 300
                        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                        placeholderText: qsTr("e.g. 192.168.1.10:41234")
                        Accessible.name: qsTr("Address of the instructor's computer")
                        onAccepted: codeField.forceActiveFocus()
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Code")
                        font.bold: true
                        color: Theme.text
                    }
                    TextField {
                        id: codeField
                        objectName: "codeField"
                        Layout.fillWidth: true
                        maximumLength: 11
                        inputMethodHints: Qt.ImhDigitsOnly
                        validator: RegularExpressionValidator { regularExpression: /[0-9 ]{0,11}/ }
                        placeholderText: qsTr("6 digits, e.g. 391 907")
                        Accessible.name: qsTr("Session code, 6 digits")
                        onAccepted: page.join()
                    }
                    Notice {
                        objectName: "joinError"
                        Layout.fillWidth: true
                        text: liveQuiz.joinError
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "joinButton"
                            text: qsTr("Join")
                            highlighted: true
                            enabled: !liveQuiz.connecting && addressField.text.trim().length > 0
                            Accessible.name: qsTr("Join the live session")
                            onClicked: page.join()
                        }
                        BusyIndicator {
                            visible: liveQuiz.connecting
                            running: visible
                            implicitWidth: 32
                            implicitHeight: 32
                            Accessible.name: qsTr("Connecting…")
                        }
                        Label {
                            textFormat: Text.PlainText
                            visible: liveQuiz.connecting
                            text: qsTr("Connecting…")
                            color: Theme.textMuted
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }
}
