// One trainee in instructor mode: every attempt (open one for its review, scenario paths
// included) and their certificate of completion.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    required property string traineeId
    property string traineeName: App.instructor.showTrainee(traineeId)
    signal reviewRequested(string attemptId)
    title: traineeName
    background: Rectangle { color: Theme.background }

    FileFlow {
        id: saver
        objectName: "certificateSaver"
        title: qsTr("Save the certificate")
        kind: "certificate"
        subject: page.traineeName
        onChosen: (file) => App.instructor.exportCertificate(page.traineeId, file, issuer.text)
    }
    Connections {
        target: App.instructor.task
        function onFinished(result) {
            if (result.operation === "exportCertificate") {
                notice.kind = result.kind
                notice.text = result.message
            }
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.margin
            Item { Layout.preferredHeight: Theme.spacing }
            Label {
                text: page.traineeName
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Certificate of completion")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    TextField {
                        id: issuer
                        Layout.fillWidth: true
                        placeholderText: qsTr("Issued by (organisation or instructor, optional)")
                        Accessible.name: qsTr("Issued by")
                    }
                    TaskProgress { operations: ["exportCertificate"]; Layout.fillWidth: true }
                    Notice { id: notice; objectName: "certificateNotice"; Layout.fillWidth: true }
                    ActionButton {
                        objectName: "certificateButton"
                        text: qsTr("Save certificate (PDF)…")
                        enabled: !App.instructor.task.busy
                        onClicked: {
                            // Nothing to certify: say so instead of asking where to save it.
                            notice.kind = "warning"
                            notice.text = App.instructor.certificateProblem(page.traineeId)
                            if (notice.text.length === 0)
                                saver.open()
                        }
                    }
                }
            }
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: 0
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Attempts")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                        bottomPadding: Theme.spacing
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: App.instructor.traineeHistory.count === 0
                        text: qsTr("No attempts yet.")
                        color: Theme.textMuted
                    }
                    Repeater {
                        model: App.instructor.traineeHistory
                        delegate: TextDelegate {
                            id: attempt
                            required property string attemptId
                            required property string moduleTitle
                            required property string startedAt
                            required property bool finished
                            required property bool abandoned
                            required property real percent
                            required property bool passed
                            required property int answeredCount
                            Layout.fillWidth: true
                            text: startedAt + " · " + moduleTitle + " · "
                                  + (finished ? Format.percent(percent, App.language) + " " + (passed ? qsTr("passed") : qsTr("not passed"))
                                              : (abandoned ? qsTr("closed unfinished") : qsTr("in progress")))
                            onClicked: page.reviewRequested(attempt.attemptId)
                            Keys.onReturnPressed: clicked()
                        }
                    }
                }
            }
        }
    }
}
