// A live classroom session, hosted on this computer: choosing the class, the module and the
// pace and the network address (or resuming one the app was running when it was killed), then
// the join screen, the live answer counts with reveal and next (paced) or the filling dashboard
// (self-paced), and Stop, which closes the port.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Khien

Page {
    id: page
    Material.accent: Theme.primary
    readonly property var live: App.live
    readonly property var instructor: App.instructor
    // Paced: the join screen is shown until the first question opens, and on demand later.
    property bool joinShown: false
    readonly property bool showJoin: live.running && !live.finished && (!live.paced || live.questionNumber === 0 || joinShown)
    title: qsTr("Live session")
    background: Rectangle { color: page.live.running ? "white" : Theme.background }
    StackView.onActivated: live.refreshAddresses()

    Keys.onPressed: (event) => {
        if (!live.running || !live.paced || live.finished) { event.accepted = false; return }
        if (event.key === Qt.Key_N || event.key === Qt.Key_Right) page.advance()
        else if (event.key === Qt.Key_R) live.reveal()
        else if (event.key === Qt.Key_J) joinShown = !joinShown
        else { event.accepted = false; return }
        event.accepted = true
    }
    function advance() { joinShown = false; live.next() }

    ConfirmDialog {
        id: confirmStop
        objectName: "confirmStop"
        title: qsTr("Stop the live session?")
        text: qsTr("Participants can no longer answer and the port is closed. Every answer already given is kept in the class's results.")
        acceptText: qsTr("Stop session")
        destructive: true
        onAccepted: page.live.stop()
    }

    // 1. Setting up (or resuming) a session.
    ScrollView {
        objectName: "liveSetup"
        anchors.fill: parent
        visible: !page.live.running
        contentWidth: availableWidth
        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.margin
            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Live session")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Notice {
                objectName: "liveEnded"
                kind: "success"
                Layout.fillWidth: true
                text: page.live.finished ? qsTr("The live session has ended. Its answers are in the class's dashboard.") : ""
            }
            Card {
                objectName: "resumeCard"
                visible: page.live.resumable
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("A live session was interrupted")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        objectName: "resumeDescription"
                        textFormat: Text.PlainText
                        text: page.live.resumeDescription
                        wrapMode: Text.Wrap
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Resume it with the same code: participants reconnect and continue where they were.")
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "resumeButton"
                            text: qsTr("Resume the session")
                            highlighted: true
                            enabled: addressBox.currentText.length > 0
                            onClicked: page.live.resume(addressBox.currentText)
                        }
                        ActionButton {
                            objectName: "discardButton"
                            text: qsTr("Discard it")
                            flat: true
                            onClicked: page.live.discardResume()
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
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("Phones and room computers on this room's network join with a code and answer a module's quiz together; no internet is needed. Each answer is saved in the class's results. The projector shows how many chose each answer, never who.")
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing
                        Layout.fillWidth: true
                        Label { textFormat: Text.PlainText; text: qsTr("Class"); color: Theme.text }
                        ChoiceBox {
                            id: classBox
                            objectName: "liveClass"
                            model: page.instructor.classes
                            textRole: "name"
                            valueRole: "classId"
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Class")
                            Component.onCompleted: currentIndex = Math.max(0, indexOfValue(page.instructor.classId))
                        }
                        Label { textFormat: Text.PlainText; text: qsTr("Module"); color: Theme.text }
                        ChoiceBox {
                            id: moduleBox
                            objectName: "liveModule"
                            model: page.instructor.availableModules
                            textRole: "title"
                            valueRole: "moduleId"
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Module")
                        }
                        Label { textFormat: Text.PlainText; text: qsTr("Pace"); color: Theme.text }
                        RowLayout {
                            spacing: Theme.spacing
                            RadioButton {
                                id: pacedButton
                                objectName: "pacedButton"
                                text: qsTr("I open each question")
                                checked: true
                            }
                            RadioButton {
                                objectName: "selfPacedButton"
                                text: qsTr("Everyone at their own pace")
                            }
                        }
                        Label { textFormat: Text.PlainText; text: qsTr("Network address"); color: Theme.text }
                        ChoiceBox {
                            id: addressBox
                            objectName: "liveAddress"
                            model: page.live.addresses
                            Layout.fillWidth: true
                            Accessible.name: qsTr("Network address")
                        }
                    }
                    Notice {
                        objectName: "noAddress"
                        kind: "warning"
                        Layout.fillWidth: true
                        text: page.live.addresses.length === 0
                              ? qsTr("This computer is on no network. Connect it to the room's Wi-Fi access point (no internet needed), then press Look again.") : ""
                    }
                    Notice {
                        objectName: "liveError"
                        Layout.fillWidth: true
                        text: page.live.error
                    }
                    RowLayout {
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "startLive"
                            text: qsTr("Start the live session")
                            highlighted: true
                            enabled: classBox.currentIndex >= 0 && moduleBox.currentIndex >= 0 && addressBox.currentText.length > 0
                            onClicked: page.live.start(classBox.currentValue, moduleBox.currentValue, pacedButton.checked, addressBox.currentText)
                        }
                        ActionButton {
                            objectName: "lookAgain"
                            text: qsTr("Look again")
                            flat: true
                            onClicked: page.live.refreshAddresses()
                        }
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.spacing }
        }
    }

    // 2. The session running: a bar of controls, and the join screen, the counts or the dashboard.
    ColumnLayout {
        objectName: "liveRunning"
        anchors.fill: parent
        visible: page.live.running
        spacing: 0
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: controls.implicitHeight + 2 * Theme.spacing
            color: Theme.background
            RowLayout {
                id: controls
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing
                Label {
                    objectName: "liveStatus"
                    textFormat: Text.PlainText
                    text: page.live.className + "  ·  " + page.live.moduleTitle + "  ·  "
                          + qsTr("code %1").arg(page.live.code) + "  ·  "
                          + qsTr("%n participant(s) joined", "", page.live.participants)
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "joinToggle"
                    visible: page.live.paced && page.live.questionNumber > 0 && !page.live.finished
                    text: page.joinShown ? qsTr("Show the question") : qsTr("Show how to join")
                    flat: true
                    onClicked: page.joinShown = !page.joinShown
                }
                ActionButton {
                    objectName: "revealButton"
                    visible: page.live.paced && !page.live.finished
                    enabled: page.live.questionNumber > 0 && !page.live.revealed
                    text: qsTr("Reveal the answer")
                    onClicked: { page.joinShown = false; page.live.reveal() }
                }
                ActionButton {
                    objectName: "nextButton"
                    visible: page.live.paced && !page.live.finished
                    highlighted: true
                    text: page.live.questionNumber === 0 ? qsTr("Open the first question")
                          : page.live.questionNumber < page.live.questionCount ? qsTr("Next question")
                          : qsTr("End the quiz")
                    onClicked: page.advance()
                }
                ActionButton {
                    objectName: "stopButton"
                    text: qsTr("Stop…")
                    flat: true
                    onClicked: confirmStop.open()
                }
            }
        }
        LiveJoinScreen {
            objectName: "joinScreen"
            visible: page.showJoin
            joinUrl: page.live.joinUrl
            code: page.live.code
            participants: page.live.participants
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        LiveDistribution {
            objectName: "distribution"
            visible: !page.showJoin && page.live.paced && !page.live.finished
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Label {
            objectName: "quizOver"
            visible: page.live.finished && page.live.paced
            textFormat: Text.PlainText
            text: qsTr("The quiz is over. Stop the session to close the port; the answers are in the class's dashboard.")
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: Theme.margin
        }
        LiveDashboard {
            objectName: "dashboard"
            visible: !page.live.paced
            Layout.fillWidth: true
            Layout.margins: Theme.margin
        }
    }
}
