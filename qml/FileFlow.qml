// The one way Khiên asks where to save a file or which files to open. Where Qt has the
// platform's own dialog (Files.nativeDialogs: Windows, macOS) it is used, and what it returns
// still goes through Files.checkSavePath (extension, overwrite, writable folder); elsewhere
// FileChooser.qml. Pages set `kind` (fileshelper.h), `subject` (what the proposed name starts
// with), `title`, call open() and act on chosen() or chosenMany().
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Dialogs
import Khien

Item {
    id: flow
    // Never takes room in a layout; the dialogs open on the window's overlay.
    visible: false
    property string mode: "save"
    property string kind
    property string subject
    property string title
    property bool useNative: Files.nativeDialogs
    readonly property alias chooser: chooser
    readonly property alias message: message
    signal chosen(url file)
    signal chosenMany(var files)

    function open() {
        if (!useNative) {
            chooser.start(Files.startFolder())
            return
        }
        const dialog = nativeDialog.createObject(flow)
        dialog.open()
    }

    // What a native dialog returned: for a save, the extension it may have left out is
    // added, and a file that then turns out to exist is confirmed here.
    function nativeAccepted(file, files) {
        if (mode === "openMany") {
            if (files.length > 0)
                Files.rememberFolder(Files.folderOf(files[0]))
            chosenMany(files)
            return
        }
        Files.rememberFolder(Files.folderOf(file))
        if (mode === "open") {
            chosen(file)
            return
        }
        const check = Files.checkSavePath(file, kind)
        message.file = check.file
        if (check.error.length > 0) {
            message.title = qsTr("The file was not saved")
            message.text = check.error
            message.acceptText = qsTr("OK")
            message.rejectText = ""
            message.destructive = false
            message.open()
        } else if (check.changed && check.exists) {
            message.title = qsTr("Replace “%1”?").arg(check.fileName)
            message.text = qsTr("A file with this name is already in the folder “%1”. Replacing it overwrites what it holds.")
                               .arg(Files.displayPath(Files.folderOf(check.file)))
            message.acceptText = qsTr("Replace")
            message.rejectText = qsTr("Cancel")
            message.destructive = true
            message.open()
        } else {
            chosen(check.file)
        }
    }

    FileChooser {
        id: chooser
        title: flow.title
        mode: flow.mode
        kind: flow.kind
        subject: flow.subject
        onChosen: (file) => flow.chosen(file)
        onChosenMany: (files) => flow.chosenMany(files)
    }

    ConfirmDialog {
        id: message
        objectName: "fileFlowMessage"
        property url file
        onAccepted: if (rejectText.length > 0) flow.chosen(file)
    }

    Component {
        id: nativeDialog
        FileDialog {
            title: flow.title
            fileMode: flow.mode === "save" ? FileDialog.SaveFile
                    : flow.mode === "openMany" ? FileDialog.OpenFiles : FileDialog.OpenFile
            nameFilters: [Files.filterLabel(flow.kind)]
            defaultSuffix: Files.suffixes(flow.kind)[0] || ""
            currentFolder: Files.startFolder()
            Component.onCompleted: {
                if (flow.mode === "save")
                    selectedFile = Files.startFolder().toString() + "/" + encodeURIComponent(Files.proposedName(flow.kind, flow.subject))
            }
            onAccepted: {
                flow.nativeAccepted(selectedFile, selectedFiles)
                destroy()
            }
            onRejected: destroy()
        }
    }
}
