// Khiên's own file dialog, used where Qt has no native one (FileFlow.qml decides): Qt 6.4's
// stand-in ignores FileDialog.SaveFile and shows its labels in English. Saving proposes a
// name, adds the extension, asks before replacing a file and says when a folder cannot be
// written; opening shows only the files of the kind, one or several ("openMany").
// Keyboard: the name field (or the list) has focus; Enter saves or opens, Esc cancels,
// Backspace in the list goes up a folder. File and folder names are shown as plain text.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Qt.labs.folderlistmodel
import Khien

Dialog {
    id: chooser
    objectName: "fileChooser"
    // "save", "open" or "openMany"; `kind` as in fileshelper.h.
    property string mode: "save"
    property string kind
    property string subject
    property url folder
    // openMany: the chosen files, file name → url.
    property var selection: ({})
    readonly property bool saving: mode === "save"
    readonly property int selectedCount: Object.keys(selection).length
    readonly property alias nameField: nameField
    readonly property alias fileList: fileList
    readonly property alias notice: notice
    readonly property alias overwrite: overwrite
    signal chosen(url file)
    signal chosenMany(var files)

    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    width: Math.min(780 * Math.min(Theme.textScale, 1.5), (parent ? parent.width : 780) - 2 * Theme.spacing)
    enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
    exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }
    height: Math.min(580, (parent ? parent.height : 580) - 2 * Theme.spacing)
    padding: Theme.margin
    topPadding: Theme.spacing
    closePolicy: Popup.CloseOnEscape

    function start(startFolder) {
        notice.text = ""
        selection = ({})
        nameField.text = saving ? Files.proposedName(kind, subject) : ""
        Files.refreshPlaces() // a USB stick may have been plugged in since
        openFolder(startFolder)
        open()
    }
    onOpened: {
        if (saving) {
            nameField.forceActiveFocus()
            const dot = nameField.text.lastIndexOf(".")
            nameField.select(0, dot > 0 ? dot : nameField.text.length) // typing replaces the name, not the extension
        } else {
            fileList.forceActiveFocus()
        }
    }

    function openFolder(url) {
        const problem = Files.folderProblem(url)
        if (problem.length > 0) {
            notice.text = problem
            return
        }
        notice.text = ""
        folder = url
        fileList.currentIndex = -1
    }
    function goUp() {
        const up = Files.parentFolder(folder)
        if (up.toString().length > 0)
            openFolder(up)
        if (Files.parentFolder(folder).toString().length === 0)
            fileList.forceActiveFocus() // the Up button, disabled at the top, would drop it
    }
    function finish(file) {
        Files.rememberFolder(folder)
        close()
        chosen(file)
    }
    function save() {
        const check = Files.checkSave(folder, nameField.text, kind)
        if (check.error.length > 0) {
            notice.text = check.error
            return
        }
        notice.text = ""
        if (check.exists) {
            overwrite.file = check.file
            overwrite.title = qsTr("Replace “%1”?").arg(check.fileName)
            overwrite.text = qsTr("A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.").arg(Files.displayPath(folder))
            overwrite.open()
            return
        }
        finish(check.file)
    }
    function toggle(name, url) {
        const next = Object.assign({}, selection)
        if (next[name] !== undefined)
            delete next[name]
        else
            next[name] = url
        selection = next
    }
    function openChosen() {
        if (mode === "openMany") {
            const files = Object.keys(selection).map((name) => selection[name])
            if (files.length === 0) {
                notice.text = qsTr("Choose at least one file.")
                return
            }
            Files.rememberFolder(folder)
            close()
            chosenMany(files)
            return
        }
        const row = fileList.currentItem
        if (!row || row.fileIsDir) {
            notice.text = qsTr("Choose a file.")
            return
        }
        finish(row.fileUrl)
    }
    // A row clicked (activate: double-clicked or Enter).
    function pick(row, activate) {
        fileList.currentIndex = row.index
        if (row.fileIsDir) {
            if (activate)
                openFolder(row.fileUrl)
            return
        }
        if (saving) {
            nameField.text = row.fileName
            if (activate)
                save()
        } else if (mode === "openMany") {
            if (!activate || selection[row.fileName] === undefined)
                toggle(row.fileName, row.fileUrl)
            if (activate)
                openChosen()
        } else if (activate) {
            openChosen()
        }
    }

    header: Label {
        text: chooser.title
        textFormat: Text.PlainText
        elide: Text.ElideRight
        padding: Theme.margin
        bottomPadding: 0
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
    }

    FolderListModel {
        id: folderModel
        folder: chooser.folder
        nameFilters: Files.namePatterns(chooser.kind)
        caseSensitive: false
        sortCaseSensitive: false
        showDirsFirst: true
        showDotAndDotDot: false
        showHidden: false
    }

    contentItem: ColumnLayout {
        spacing: Theme.spacing
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                objectName: "upButton"
                text: qsTr("Up")
                flat: true
                enabled: Files.parentFolder(chooser.folder).toString().length > 0
                Accessible.name: qsTr("Go to the folder above")
                onClicked: chooser.goUp()
            }
            Label {
                objectName: "folderPath"
                Layout.fillWidth: true
                text: Files.displayPath(chooser.folder)
                textFormat: Text.PlainText
                elide: Text.ElideMiddle
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: Theme.spacing
            Rectangle {
                Layout.preferredWidth: Math.min(190, chooser.availableWidth / 4)
                Layout.fillHeight: true
                color: "transparent"
                radius: Theme.radius
                border.color: placeList.activeFocus ? Theme.primary : "transparent"
                border.width: 2
            ListView {
                id: placeList
                anchors.fill: parent
                anchors.margins: 2
                objectName: "placeList"
                clip: true
                activeFocusOnTab: true
                keyNavigationEnabled: true
                Accessible.name: qsTr("Places")
                model: Files.places
                delegate: TextDelegate {
                    id: place
                    required property string name
                    required property url folder
                    required property int index
                    width: ListView.view.width
                    text: name
                    focusPolicy: Qt.NoFocus // the list takes focus; arrows move in it
                    font.pixelSize: Theme.fontBody
                    highlighted: folder.toString() === chooser.folder.toString()
                                 || (placeList.activeFocus && ListView.isCurrentItem)
                    onClicked: {
                        placeList.currentIndex = index
                        chooser.openFolder(place.folder)
                    }
                }
                Keys.onReturnPressed: if (currentItem) currentItem.clicked()
                Keys.onEnterPressed: if (currentItem) currentItem.clicked()
            }
            }
            Rectangle {
                Layout.fillWidth: true
                Layout.fillHeight: true
                color: Theme.surface
                radius: Theme.radius
                border.color: fileList.activeFocus ? Theme.primary : Theme.border
                border.width: fileList.activeFocus ? 2 : 1
                ListView {
                    id: fileList
                    objectName: "fileList"
                    anchors.fill: parent
                    anchors.margins: 2
                    clip: true
                    activeFocusOnTab: true
                    boundsBehavior: Flickable.StopAtBounds
                    model: folderModel
                    keyNavigationEnabled: true
                    ScrollBar.vertical: ScrollBar {}
                    Accessible.name: qsTr("Folders and files")
                    onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
                    Keys.onReturnPressed: if (currentItem) chooser.pick(currentItem, true)
                    Keys.onEnterPressed: if (currentItem) chooser.pick(currentItem, true)
                    Keys.onSpacePressed: if (currentItem) chooser.pick(currentItem, false)
                    Keys.onPressed: (event) => {
                        if (event.key === Qt.Key_Backspace || (event.key === Qt.Key_Up && (event.modifiers & Qt.AltModifier))) {
                            chooser.goUp()
                            event.accepted = true
                        }
                    }
                    delegate: ItemDelegate {
                        id: row
                        required property int index
                        required property string fileName
                        required property url fileUrl
                        required property bool fileIsDir
                        width: ListView.view.width - 10
                        highlighted: ListView.isCurrentItem
                        focusPolicy: Qt.NoFocus // the list takes focus; arrows move in it
                        font.pixelSize: Theme.fontBody
                        Accessible.name: fileIsDir ? qsTr("Folder %1").arg(fileName) : fileName
                        contentItem: RowLayout {
                            spacing: Theme.spacing
                            CheckBox {
                                visible: chooser.mode === "openMany" && !row.fileIsDir
                                checked: chooser.selection[row.fileName] !== undefined
                                focusPolicy: Qt.NoFocus
                                padding: 0
                                onToggled: chooser.pick(row, false)
                            }
                            Item {
                                // drawn, not emoji: emoji fonts are not on every computer
                                implicitWidth: 20
                                implicitHeight: 18
                                Rectangle { visible: row.fileIsDir; x: 0; y: 2; width: 9; height: 5; radius: 1; color: Theme.accent }
                                Rectangle { visible: row.fileIsDir; x: 0; y: 5; width: 20; height: 13; radius: 2; color: Theme.accent }
                                Rectangle {
                                    visible: !row.fileIsDir
                                    x: 3; y: 0; width: 14; height: 18; radius: 2
                                    color: Theme.surface
                                    border.color: Theme.textMuted
                                    Rectangle { x: 3; y: 5; width: 8; height: 1.5; color: Theme.textMuted }
                                    Rectangle { x: 3; y: 9; width: 8; height: 1.5; color: Theme.textMuted }
                                    Rectangle { x: 3; y: 13; width: 5; height: 1.5; color: Theme.textMuted }
                                }
                            }
                            Label {
                                Layout.fillWidth: true
                                text: row.fileName
                                textFormat: Text.PlainText
                                elide: Text.ElideMiddle
                                font: row.font
                                color: Theme.text
                            }
                        }
                        onClicked: {
                            fileList.forceActiveFocus()
                            chooser.pick(row, false)
                        }
                        onDoubleClicked: chooser.pick(row, true)
                    }
                    Label {
                        anchors.centerIn: parent
                        width: parent.width - 2 * Theme.margin
                        visible: fileList.count === 0 && folderModel.status === FolderListModel.Ready
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        color: Theme.textMuted
                        text: qsTr("No folders here, and no files of this type.")
                    }
                }
            }
        }
        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 4
            Label {
                visible: chooser.saving
                text: qsTr("File name:")
                textFormat: Text.PlainText
                color: Theme.text
            }
            TextField {
                id: nameField
                objectName: "fileNameField"
                visible: chooser.saving
                Layout.fillWidth: true
                selectByMouse: true
                Accessible.name: qsTr("File name")
                onTextEdited: notice.text = ""
                onAccepted: chooser.save()
            }
            Label {
                text: qsTr("Type:")
                textFormat: Text.PlainText
                color: Theme.text
            }
            Label {
                objectName: "filterLabel"
                Layout.fillWidth: true
                text: Files.filterLabel(chooser.kind)
                       + (chooser.mode === "openMany" ? " · " + qsTr("%n file(s) chosen", "", chooser.selectedCount) : "")
                textFormat: Text.PlainText
                elide: Text.ElideRight
                color: Theme.textMuted
            }
        }
        Notice {
            id: notice
            objectName: "chooserNotice"
            Layout.fillWidth: true
        }
    }

    footer: RowLayout {
        spacing: Theme.spacing
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            flat: true
            Layout.bottomMargin: Theme.spacing
            onClicked: chooser.reject()
        }
        ActionButton {
            objectName: "acceptButton"
            text: chooser.saving ? qsTr("Save") : qsTr("Open")
            highlighted: true
            enabled: chooser.saving ? nameField.text.trim().length > 0
                                    : (chooser.mode === "openMany" ? chooser.selectedCount > 0
                                                                   : fileList.currentItem !== null && !fileList.currentItem.fileIsDir)
            Layout.rightMargin: Theme.margin
            Layout.bottomMargin: Theme.spacing
            onClicked: chooser.saving ? chooser.save() : chooser.openChosen()
        }
    }

    ConfirmDialog {
        id: overwrite
        objectName: "overwriteDialog"
        property url file
        acceptText: qsTr("Replace")
        destructive: true
        onAccepted: chooser.finish(file)
        onRejected: nameField.forceActiveFocus()
    }
}
