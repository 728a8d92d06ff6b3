// Who is training? Pick a profile on a shared PC, or create one.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    title: qsTr("Sign in")
    StackView.onActivated: (App.trainees.count > 0 ? traineeList : nameField).forceActiveFocus()
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
                text: qsTr("Welcome to Khiên")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Short lessons and realistic quizzes on staying safe online and responding to attacks. Choose your profile to continue where you left off.")
                wrapMode: Text.Wrap
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
            }

            RowLayout {
                spacing: Theme.margin
                Layout.fillWidth: true

                Card {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing
                        Label {
                            textFormat: Text.PlainText
                            text: qsTr("Choose your profile")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                        }
                        EmptyState {
                            objectName: "noProfiles"
                            visible: App.trainees.count === 0
                            icon: "empty-profiles"
                            text: qsTr("Everyone who trains on this computer gets a profile here, so each person keeps their own progress. There is none yet.")
                            buttonText: qsTr("Create the first profile")
                            onActivated: nameField.forceActiveFocus()
                            Layout.fillWidth: true
                        }
                        ListView {
                            id: traineeList
                            visible: App.trainees.count > 0
                            objectName: "traineeList"
                            Layout.fillWidth: true
                            Layout.preferredHeight: Math.min(contentHeight, 320)
                            clip: true
                            model: App.trainees
                            keyNavigationEnabled: true
                            activeFocusOnTab: count > 0 // an empty list is no place to stop
                            Accessible.name: qsTr("Profiles on this computer")
                            delegate: TextDelegate {
                                required property string traineeId
                                required property string name
                                required property string group
                                required property int index
                                width: ListView.view.width
                                text: group.length > 0 ? name + "  ·  " + group : name
                                font.pixelSize: Theme.fontBody
                                highlighted: ListView.isCurrentItem
                                Accessible.name: qsTr("Sign in as %1").arg(name)
                                onClicked: App.selectTrainee(traineeId)
                                Keys.onReturnPressed: App.selectTrainee(traineeId)
                            }
                            Keys.onReturnPressed: if (currentIndex >= 0) App.selectTrainee(App.trainees.traineeIdAt(currentIndex))
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
                            text: qsTr("New profile")
                            font.pixelSize: Theme.fontLarge
                            font.bold: true
                            color: Theme.text
                        }
                        TextField {
                            id: nameField
                            objectName: "nameField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Your name, e.g. Nguyễn Thị Ánh")
                            Accessible.name: qsTr("Your name")
                            onAccepted: createButton.clicked()
                        }
                        TextField {
                            id: groupField
                            objectName: "groupField"
                            Layout.fillWidth: true
                            placeholderText: qsTr("Class or group code (optional)")
                            Accessible.name: qsTr("Class or group code")
                            onAccepted: createButton.clicked()
                        }
                        Notice {
                            id: createError
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            id: createButton
                            objectName: "createButton"
                            text: qsTr("Create profile and start")
                            highlighted: true
                            enabled: nameField.text.trim().length > 0
                            Accessible.name: text
                            onClicked: createError.text = App.createTrainee(nameField.text, groupField.text)
                        }
                    }
                }
            }

            ContentProblemsNotice {
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Progress is saved on this computer only: %1").arg(App.databasePath)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WrapAnywhere
                Layout.fillWidth: true
            }
        }
    }
}
