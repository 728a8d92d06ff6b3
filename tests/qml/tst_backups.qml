// The instructor home's backups: the list with dates, a backup on demand, and a restore that
// waits for the confirmation and then locks instructor mode. The backup restored is taken
// before any passphrase is set, so the other tests find the database as they expect it.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 900
    height: 700

    Component { id: cardComponent; BackupsCard { width: 800 } }

    TestCase {
        name: "Backups"
        when: windowShown
        property string trainee: ""

        function initTestCase() {
            trainee = App.traineeId
            verify(trainee.length > 0)
            App.language = "en"
        }
        function cleanupTestCase() {
            App.instructor.lock()
            App.database.dismissNotice()
            App.selectTrainee(trainee)
            compare(App.traineeId, trainee)
        }

        function test_backupThenRestore() {
            compare(App.database.backUpNow(), "")
            const card = createTemporaryObject(cardComponent, root)
            verify(card)
            waitForRendering(card)
            verify(App.database.backups.count >= 1)
            verify(App.database.backups.data(App.database.backups.index(0, 0), BackupListModel.MadeAtRole).length > 0)
            verify(App.database.backupFolder.endsWith("backups"))
            if (TestEnv.screenshotDir.length > 0)
                grabImage(card).save(TestEnv.screenshotDir + "/backups-card-en.png")
            verify(findChild(card, "restoreBackup0"))

            App.instructor.setPassphrase("a passphrase for the backup test", "a passphrase for the backup test")
            tryVerify(() => App.instructor.unlocked)
            // Unlocking rebuilt the list while the check ran off the GUI thread: look again.
            const restoreButton = findChild(card, "restoreBackup0")
            verify(restoreButton)
            mouseClick(restoreButton)
            const dialog = findChild(card, "confirmRestore")
            verify(dialog)
            tryCompare(dialog, "opened", true)
            verify(App.instructor.unlocked) // nothing happens before the confirmation
            if (TestEnv.screenshotDir.length > 0) {
                wait(300)
                grabImage(root).save(TestEnv.screenshotDir + "/backups-confirm-en.png")
            }
            dialog.accept()
            tryCompare(App.instructor, "unlocked", false)
            verify(!App.instructor.passphraseSet) // the backup was made before the passphrase
            verify(App.database.notice.indexOf(".before-restore") >= 0)
            compare(App.storageProblem, "")
        }
    }
}
