// A class's trainees: the list, names typed or imported from a CSV file, and the class key
// the room's computers need for results bundles.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

// The trainee list scrolls on its own and creates only the rows in view (a class may have
// a thousand trainees); the forms on the right scroll separately.
RowLayout {
    id: tab
    readonly property var instructor: App.instructor
    signal traineeOpened(string traineeId)
    spacing: Theme.margin

    FileFlow {
        id: namesPicker
        objectName: "namesPicker"
        title: qsTr("Choose a class list")
        mode: "open"
        kind: "class-list"
        onChosen: (file) => {
            const result = instructor.importTraineeNames(file)
            addNotice.kind = result.kind
            addNotice.text = result.message
        }
    }

    FileFlow {
        id: bundlePicker
        objectName: "bundlePicker"
        title: qsTr("Choose results bundles")
        mode: "openMany"
        kind: "bundles"
        onChosenMany: (files) => tab.instructor.importBundles(files)
    }
    Connections {
        target: tab.instructor.task
        function onFinished(result) {
            if (result.operation === "importBundles") {
                bundleNotice.kind = result.kind
                bundleNotice.text = result.message
            }
        }
    }

        Card {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            ColumnLayout {
                anchors.fill: parent
                spacing: Theme.spacing
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        // A large class is read off the GUI thread: no count until it is there.
                        text: tab.instructor.classLoading && tab.instructor.members.count === 0
                              ? qsTr("Loading the trainee list…")
                              : qsTr("%n trainee(s)", "", tab.instructor.members.count)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    BusyIndicator {
                        objectName: "membersLoading"
                        running: tab.instructor.classLoading
                        visible: running
                        Layout.preferredHeight: Theme.margin * 1.5
                        Layout.preferredWidth: Theme.margin * 1.5
                        Accessible.name: qsTr("Loading the trainee list…")
                    }
                }
                ListView {
                    objectName: "memberList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: tab.instructor.members
                    ScrollBar.vertical: ScrollBar {}
                    delegate: RowLayout {
                        id: member
                        required property string traineeId
                        required property string name
                        width: ListView.view.width - 12
                        Label {
                            text: member.name
                            font.pixelSize: Theme.fontBody
                            color: Theme.text
                            elide: Text.ElideRight
                            textFormat: Text.PlainText
                            Layout.fillWidth: true
                        }
                        ActionButton {
                            text: qsTr("Results")
                            flat: true
                            Accessible.name: qsTr("Results of %1").arg(member.name)
                            onClicked: tab.traineeOpened(member.traineeId)
                        }
                        ActionButton {
                            text: qsTr("Remove")
                            flat: true
                            Accessible.name: qsTr("Remove %1 from the class").arg(member.name)
                            onClicked: {
                                confirmRemove.traineeId = member.traineeId
                                confirmRemove.title = qsTr("Remove %1 from the class?").arg(member.name)
                                confirmRemove.open()
                            }
                        }
                    }
                }
            }
        }

        ScrollView {
            id: forms
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 2
            contentWidth: availableWidth
          ColumnLayout {
            width: forms.availableWidth
            spacing: Theme.margin
            Card {
                Layout.fillWidth: true
                ColumnLayout {
                    width: parent.width
                    spacing: Theme.spacing
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Add trainees")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("One name per line. Trainees can also join by typing the class name as their class code when they create a profile.")
                    }
                    TextArea {
                        id: names
                        objectName: "namesArea"
                        Layout.fillWidth: true
                        Layout.preferredHeight: 140
                        wrapMode: TextEdit.Wrap
                        placeholderText: "Nguyễn Thị Ánh\nĐặng Quốc Bảo"
                        Accessible.name: qsTr("Names of the trainees to add, one per line")
                        // Names hold no tabs: Tab and Shift+Tab leave the box instead of
                        // typing one, so the keyboard is never caught here.
                        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                    }
                    Notice { id: addNotice; objectName: "addNotice"; Layout.fillWidth: true }
                    RowLayout {
                        spacing: Theme.spacing
                        ActionButton {
                            objectName: "addNamesButton"
                            text: qsTr("Add")
                            highlighted: true
                            enabled: names.text.trim().length > 0
                            onClicked: {
                                const result = instructor.addTrainees(names.text)
                                addNotice.kind = result.kind
                                addNotice.text = result.message
                                if (result.ok)
                                    names.text = ""
                            }
                        }
                        ActionButton {
                            text: qsTr("Import a CSV file…")
                            onClicked: namesPicker.open()
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
                        text: qsTr("Results from the room's computers")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("Results bundles from the room's computers are signed with this key. Type it on each computer when exporting its results.")
                    }
                    TextField {
                        objectName: "classKeyField"
                        Layout.fillWidth: true
                        readOnly: true
                        selectByMouse: true
                        font.family: "monospace"
                        text: tab.instructor.classKey
                        Accessible.name: qsTr("Class key")
                    }
                    TaskProgress { operations: ["importBundles"]; Layout.fillWidth: true }
                    Notice { id: bundleNotice; objectName: "bundleNotice"; Layout.fillWidth: true }
                    ActionButton {
                        text: qsTr("Import results bundles…")
                        enabled: !tab.instructor.task.busy
                        onClicked: bundlePicker.open()
                    }
                }
            }
        }
    }

    ConfirmDialog {
        id: confirmRemove
        objectName: "confirmRemove"
        property string traineeId
        text: qsTr("The trainee keeps their profile and every result, and can be added again.")
        acceptText: qsTr("Remove")
        onAccepted: tab.instructor.removeMember(confirmRemove.traineeId)
    }
}
