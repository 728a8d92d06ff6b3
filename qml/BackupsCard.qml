// Instructor home: the automatic backups of this computer's progress file, a backup on
// demand, and restoring one after a confirmation.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Card {
    id: card
    readonly property var database: App.database

    Component.onCompleted: database.reloadBackups()

    Dialog {
        id: confirmRestore
        objectName: "confirmRestore"
        property string backupPath
        property string backupDate
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(560 * Math.min(Theme.textScale, 1.5), (parent ? parent.width : 600) - 2 * Theme.margin)
        enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
        exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }
        title: qsTr("Restore this backup?")
        standardButtons: Dialog.Yes | Dialog.Cancel
        contentItem: Label {
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            text: qsTr("The progress file is replaced by the backup of %1: what was recorded after it (answers, profiles, classes) is no longer shown. The current file is kept beside it (.before-restore). Instructor mode locks afterwards.").arg(confirmRestore.backupDate)
        }
        onAccepted: {
            const error = card.database.restore(backupPath)
            notice.kind = error.length > 0 ? "error" : "success"
            notice.text = error
        }
    }

    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            textFormat: Text.PlainText
            text: qsTr("Backups")
            font.pixelSize: Theme.fontLarge
            font.bold: true
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            color: Theme.textMuted
            text: qsTr("At the end of each session Khiên keeps a complete copy of this computer's progress file (the last 7, in %1). To take the progress file elsewhere, copy one of these backups: never copy the .sqlite file alone while Khiên runs.").arg(card.database.backupFolder)
        }
        Label {
            visible: card.database.backups.count === 0
            textFormat: Text.PlainText
            text: qsTr("No backups yet.")
            color: Theme.textMuted
        }
        Repeater {
            model: card.database.backups
            delegate: RowLayout {
                id: backup
                required property string path
                required property string madeAt
                required property string size
                required property int index
                Layout.fillWidth: true
                spacing: Theme.spacing
                Label {
                    text: backup.madeAt + "   ·   " + backup.size
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "restoreBackup" + backup.index
                    text: qsTr("Restore…")
                    Accessible.name: qsTr("Restore the backup of %1").arg(backup.madeAt)
                    onClicked: {
                        confirmRestore.backupPath = backup.path
                        confirmRestore.backupDate = backup.madeAt
                        confirmRestore.open()
                    }
                }
            }
        }
        Notice { id: notice; objectName: "backupNotice"; Layout.fillWidth: true }
        ActionButton {
            objectName: "backUpNow"
            text: qsTr("Back up now")
            onClicked: {
                const error = card.database.backUpNow()
                notice.kind = error.length > 0 ? "error" : "success"
                notice.text = error.length > 0 ? error : qsTr("A backup was made.")
            }
        }
    }
}
