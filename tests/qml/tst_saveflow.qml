// The save flow (FileFlow, FileChooser, Files) driven from the pages that save: a typed new
// name saves there, an existing file is replaced only after a confirmation, a folder that
// cannot be written gives a message and gets nothing; the open modes show only their kind.
// Unlocks instructor mode with its own class; leaves it locked and the trainee signed in.
import QtQuick
import QtQuick.Controls
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1024
    height: 600

    Component { id: exportComponent; ExportTab {} }
    Component { id: homeComponent; InstructorHomePage {} }
    Component { id: membersComponent; ClassMembersTab {} }
    Component { id: classComponent; ClassPage {} }
    Component { id: flowComponent; FileFlow {} }
    Component { id: giftComponent; GiftImportPage {} }
    Component { id: traineeComponent; InstructorTraineePage {} }

    TestCase {
        name: "SaveFlow"
        when: windowShown
        property string trainee: ""
        property string passphrase: "a classroom passphrase"
        readonly property string today: Qt.formatDate(new Date(), "yyyy-MM-dd")

        function open(component, properties) {
            const item = createTemporaryObject(component, root, Object.assign({ width: root.width, height: root.height }, properties || {}))
            verify(item)
            wait(0)
            waitForRendering(item)
            return item
        }
        function url(path) { return "file://" + path }
        // Opens the flow from `button` and waits for the chooser and its folder listing.
        function startChooser(flow, button, folder) {
            Files.rememberFolder(url(folder))
            verify(button.enabled && button.visible, button.objectName)
            const at = button.mapToItem(root, button.width / 2, button.height / 2)
            if (at.y < root.height)
                mouseClick(button)
            else
                button.clicked() // below the fold of the page's scroll view
            const chooser = flow.chooser
            tryVerify(() => chooser.opened)
            compare(Files.displayPath(chooser.folder), folder)
            return chooser
        }
        function typeName(chooser, text) {
            const field = chooser.nameField
            verify(field.activeFocus)
            field.selectAll()
            for (const c of text)
                keyClick(c)
            compare(field.text, text)
        }

        function initTestCase() {
            App.language = "en"
            trainee = App.traineeId
            if (App.instructor.passphraseSet)
                verify(App.instructor.unlock(passphrase))
            else
                verify(App.instructor.setPassphrase(passphrase, passphrase))
            tryVerify(() => App.instructor.unlocked) // the check runs off the GUI thread
            compare(App.instructor.createClass("Lớp 10A2 – Lưu tệp"), "")
            verify(App.instructor.addTrainees("Lê Thị Hoa\nĐặng Quốc Bảo").ok)
        }
        function cleanupTestCase() {
            verify(App.instructor.deleteClass(App.instructor.classId))
            App.instructor.lock()
            App.selectTrainee(trainee)
            compare(App.traineeId, trainee)
        }

        function test_1_proposedNamesAndChecks() {
            compare(Files.proposedName("scores", "Lớp 10A1"), "Lop-10A1-scores-" + today + ".csv")
            compare(Files.proposedName("answers", "Lớp 10A1"), "Lop-10A1-answers-" + today + ".csv")
            compare(Files.proposedName("xapi", "Lớp 10A1"), "Lop-10A1-xapi-" + today + ".json")
            compare(Files.proposedName("report", "Lớp 10A1"), "Lop-10A1-report-" + today + ".pdf")
            compare(Files.proposedName("certificate", "Lê Thị Hoa"), "Le-Thi-Hoa-certificate-" + today + ".pdf")
            compare(Files.proposedName("bundle", "PC 07"), "results-PC-07-" + today + ".khien-results")

            const folder = url(TestEnv.newFolder())
            compare(Files.checkSave(folder, "diem", "scores").fileName, "diem.csv")
            compare(Files.checkSave(folder, "  diem.CSV ", "scores").fileName, "diem.CSV")
            compare(Files.checkSave(folder, "report.", "report").fileName, "report.pdf")
            compare(Files.checkSave(folder, "notes.txt", "scores").fileName, "notes.txt.csv")
            compare(Files.checkSave(folder, "Điểm lớp", "scores").fileName, "Điểm lớp.csv") // typed names keep their diacritics
            verify(Files.checkSave(folder, "", "scores").error.length > 0)
            verify(Files.checkSave(folder, "../up", "scores").error.length > 0)
            verify(Files.checkSave(folder, "a:b", "scores").error.length > 0)
            verify(Files.checkSave(folder, "x".repeat(300), "scores").error.length > 0)
            // A "folder" under a regular file cannot exist, even for root.
            const file = TestEnv.newFolder() + "/plain.txt"
            verify(TestEnv.writeFile(file, "x"))
            verify(Files.checkSave(url(file + "/sub"), "diem", "scores").error.length > 0)
            verify(Files.checkSave(url(file), "diem", "scores").error.length > 0)
        }

        function test_2_typedNewNameSavesThere() {
            const tab = open(exportComponent)
            const folder = TestEnv.newFolder()
            const chooser = startChooser(findChild(tab, "exportSaver"), findChild(tab, "exportSaveButton"), folder)
            compare(chooser.nameField.text, "Lop-10A2-Luu-tep-scores-" + today + ".csv")
            compare(chooser.nameField.selectedText, "Lop-10A2-Luu-tep-scores-" + today) // typing keeps the extension
            compare(findChild(chooser, "acceptButton").text, "Save")
            compare(findChild(chooser, "filterLabel").text, "CSV files (*.csv)")
            typeName(chooser, "diem lop")
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            const notice = findChild(tab, "exportNotice")
            tryCompare(notice, "kind", "success") // written off the GUI thread
            verify(TestEnv.fileSize(folder + "/diem lop.csv") > 0)
            verify(notice.text.indexOf(folder + "/diem lop.csv") >= 0)

            // Next time the dialog opens in the same folder and lists the file.
            mouseClick(findChild(tab, "exportSaveButton"))
            tryVerify(() => chooser.opened)
            compare(Files.displayPath(chooser.folder), folder)
            tryCompare(chooser.fileList, "count", 1)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !chooser.visible)
            compare(TestEnv.entries(folder).length, 1)
        }

        function test_3_existingFileIsReplacedOnlyAfterConfirmation() {
            const tab = open(exportComponent)
            const folder = TestEnv.newFolder()
            const existing = folder + "/old.csv"
            verify(TestEnv.writeFile(existing, "keep me"))
            const notice = findChild(tab, "exportNotice")
            const chooser = startChooser(findChild(tab, "exportSaver"), findChild(tab, "exportSaveButton"), folder)
            const overwrite = chooser.overwrite
            typeName(chooser, "old")

            keyClick(Qt.Key_Return)
            tryVerify(() => overwrite.opened)
            verify(overwrite.title.indexOf("old.csv") >= 0)
            compare(findChild(overwrite, "acceptButton").text, "Replace")
            keyClick(Qt.Key_Escape) // Esc: keep the file
            tryVerify(() => !overwrite.visible)
            verify(chooser.opened)
            compare(TestEnv.readFile(existing), "keep me")
            compare(notice.text, "")

            keyClick(Qt.Key_Return)
            tryVerify(() => overwrite.opened)
            keyClick(Qt.Key_Return) // Enter on the focused button, which is Cancel
            tryVerify(() => !overwrite.visible)
            compare(TestEnv.readFile(existing), "keep me")

            keyClick(Qt.Key_Return)
            tryVerify(() => overwrite.opened)
            mouseClick(findChild(overwrite, "rejectButton"))
            tryVerify(() => !overwrite.visible)
            compare(TestEnv.readFile(existing), "keep me")
            compare(TestEnv.entries(folder).length, 1)

            // Picking the file in the list asks too; this time it is replaced.
            tryCompare(chooser.fileList, "count", 1)
            mouseDoubleClickSequence(chooser.fileList.itemAtIndex(0))
            tryVerify(() => overwrite.opened)
            mouseClick(findChild(overwrite, "acceptButton"))
            tryVerify(() => !chooser.visible)
            tryVerify(() => notice.kind === "success" && !App.instructor.task.busy)
            verify(TestEnv.readFile(existing) !== "keep me")
            verify(TestEnv.fileSize(existing) > 0)
        }

        function test_4_unwritableFolderGivesAMessageAndGetsNothing() {
            const tab = open(exportComponent)
            const folder = TestEnv.unwritableFolder()
            const before = TestEnv.entries(folder)
            const chooser = startChooser(findChild(tab, "exportSaver"), findChild(tab, "exportSaveButton"), folder)
            keyClick(Qt.Key_Return)
            const message = findChild(chooser, "chooserNotice")
            verify(message.text.indexOf(folder) >= 0, message.text)
            verify(chooser.opened)
            compare(TestEnv.entries(folder), before)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !chooser.visible)
            compare(findChild(tab, "exportNotice").text, "")
            compare(TestEnv.entries(folder), before)
        }

        function test_5_formatsBundleAndOpeningBundles() {
            const tab = open(exportComponent)
            const folder = TestEnv.newFolder()
            mouseClick(findChild(tab, "pdfFormat"))
            let chooser = startChooser(findChild(tab, "exportSaver"), findChild(tab, "exportSaveButton"), folder)
            compare(chooser.nameField.text, "Lop-10A2-Luu-tep-report-" + today + ".pdf")
            compare(findChild(chooser, "filterLabel").text, "PDF documents (*.pdf)")
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            tryVerify(() => !App.instructor.task.busy)
            verify(TestEnv.fileSize(folder + "/Lop-10A2-Luu-tep-report-" + today + ".pdf") > 0)

            const home = open(homeComponent)
            findChild(home, "bundleKeyField").text = App.instructor.classKey
            chooser = startChooser(findChild(home, "bundleSaver"), findChild(home, "bundleSaveButton"), folder)
            verify(chooser.nameField.text.startsWith("results-"))
            verify(chooser.nameField.text.endsWith(today + ".khien-results"))
            typeName(chooser, "PC-07")
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            tryVerify(() => !App.instructor.task.busy)
            compare(findChild(home, "bundleNotice").kind, "success", findChild(home, "bundleNotice").text)
            verify(TestEnv.fileSize(folder + "/PC-07.khien-results") > 0)

            // Opening bundles lists only bundles (and folders), several can be chosen.
            const members = open(membersComponent)
            const picker = findChild(members, "bundlePicker")
            Files.rememberFolder(url(folder))
            picker.open()
            chooser = picker.chooser
            tryVerify(() => chooser.opened)
            compare(findChild(chooser, "acceptButton").text, "Open")
            verify(!findChild(chooser, "acceptButton").enabled)
            tryCompare(chooser.fileList, "count", 1)
            verify(chooser.fileList.activeFocus)
            keyClick(Qt.Key_Space)
            compare(chooser.selectedCount, 1)
            verify(findChild(chooser, "acceptButton").enabled)
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            tryVerify(() => findChild(members, "bundleNotice").text.indexOf("PC-07.khien-results") >= 0)
        }

        // What a native dialog returns goes through the same checks (only Windows and macOS
        // have one for certain, so it is called directly here).
        function test_6_nativeDialogResultsAreChecked() {
            const flow = createTemporaryObject(flowComponent, root, { kind: "scores", useNative: true })
            const spy = signalSpy.createObject(flow, { target: flow, signalName: "chosen" })
            const folder = TestEnv.newFolder()
            verify(TestEnv.writeFile(folder + "/old.csv", "keep me"))
            flow.nativeAccepted(url(folder + "/new"), [])
            compare(spy.count, 1)
            compare(spy.signalArguments[0][0].toString(), url(folder + "/new.csv"))
            flow.nativeAccepted(url(folder + "/old.csv"), []) // the native dialog asked already
            compare(spy.count, 2)
            flow.nativeAccepted(url(folder + "/old"), []) // it did not know about ".csv"
            tryVerify(() => flow.message.opened)
            flow.message.reject()
            compare(spy.count, 2)
            flow.nativeAccepted(url(TestEnv.unwritableFolder() + "/new"), [])
            tryVerify(() => flow.message.opened)
            verify(flow.message.text.length > 0)
            flow.message.accept()
            compare(spy.count, 2)
        }

        function test_7_openingAClassListAndAGiftFile() {
            const folder = TestEnv.newFolder()
            verify(TestEnv.writeFile(folder + "/lop.csv", "Họ và tên\nPhạm Minh Châu\n"))
            verify(TestEnv.writeFile(folder + "/bank.gift", "::q1:: 2+2? {=4 #yes ~5 #no}\n"))
            verify(TestEnv.writeFile(folder + "/notes.pdf", "x"))

            const members = open(membersComponent)
            const names = findChild(members, "namesPicker")
            Files.rememberFolder(url(folder))
            names.open()
            let chooser = names.chooser
            tryVerify(() => chooser.opened)
            compare(findChild(chooser, "filterLabel").text, "Class lists (*.csv *.txt)")
            verify(!chooser.nameField.visible)
            tryCompare(chooser.fileList, "count", 1) // not the .gift, not the .pdf
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Return)
            tryVerify(() => !chooser.visible)
            tryVerify(() => findChild(members, "addNotice").text.length > 0)
            verify(!findChild(members, "addNotice").error, findChild(members, "addNotice").text)

            const gift = open(giftComponent)
            const picker = findChild(gift, "giftPicker")
            picker.open()
            chooser = picker.chooser
            tryVerify(() => chooser.opened)
            compare(findChild(chooser, "filterLabel").text, "Moodle question banks, GIFT or XML (*.gift *.xml *.txt)")
            tryCompare(chooser.fileList, "count", 1)
            mouseDoubleClickSequence(chooser.fileList.itemAtIndex(0))
            tryVerify(() => !chooser.visible)
            compare(gift.file.toString(), url(folder + "/bank.gift"))
        }

        function test_8_certificateProposesTheTraineesName() {
            const page = open(traineeComponent, { traineeId: App.instructor.members.traineeIdAt(0) })
            const flow = findChild(page, "certificateSaver")
            Files.rememberFolder(url(TestEnv.newFolder()))
            flow.open()
            tryVerify(() => flow.chooser.opened)
            verify(flow.chooser.nameField.text.endsWith("-certificate-" + today + ".pdf"), flow.chooser.nameField.text)
            compare(findChild(flow.chooser, "filterLabel").text, "PDF documents (*.pdf)")
            keyClick(Qt.Key_Escape)
            tryVerify(() => !flow.chooser.visible)
        }

        // Nothing to save: the page says so and no file dialog opens.
        function test_8b_nothingToSaveOpensNoDialog() {
            const page = open(traineeComponent, { traineeId: App.instructor.members.traineeIdAt(0) })
            const flow = findChild(page, "certificateSaver")
            mouseClick(findChild(page, "certificateButton"))
            const notice = findChild(page, "certificateNotice")
            verify(notice.text.indexOf("nothing to certify") >= 0, notice.text)
            compare(notice.kind, "warning")
            wait(50)
            verify(!flow.chooser.opened)
            verify(!flow.chooser.visible)

            // A class without trainees has nothing to export.
            const classId = App.instructor.classId
            compare(App.instructor.createClass("Lớp trống"), "")
            const tab = open(exportComponent)
            findChild(tab, "exportSaveButton").clicked() // below the fold of the page's scroll view
            verify(findChild(tab, "exportNotice").text.indexOf("nothing to export") >= 0, findChild(tab, "exportNotice").text)
            wait(50)
            verify(!findChild(tab, "exportSaver").chooser.opened)
            verify(App.instructor.deleteClass(App.instructor.classId))
            App.instructor.openClass(classId)
            compare(App.instructor.classId, classId)
        }

        function test_9_deleteConfirmationHasOwnButtons() {
            const page = open(classComponent)
            const dialog = findChild(page, "confirmDelete")
            mouseClick(findChild(page, "deleteClassButton"))
            tryVerify(() => dialog.opened)
            compare(dialog.standardButtons, Dialog.NoButton)
            compare(findChild(dialog, "acceptButton").text, "Delete class")
            compare(findChild(dialog, "rejectButton").text, "Cancel")
            verify(findChild(dialog, "rejectButton").activeFocus)
            keyClick(Qt.Key_Escape)
            tryVerify(() => !dialog.visible)
            compare(App.instructor.classes.count, 1)
        }
    }

    Component { id: signalSpy; SignalSpy {} }
}
