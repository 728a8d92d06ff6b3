// Instructor mode's pages driven as an instructor would: the passphrase gate, a new class,
// names typed in, a session assigning a module, the dashboard sorted and filtered. Leaves
// instructor mode locked and the test trainee signed in again for the other tests.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1280
    height: 760

    Component { id: gateComponent; InstructorGatePage {} }
    Component { id: homeComponent; InstructorHomePage {} }
    Component { id: classComponent; ClassPage {} }

    TestCase {
        name: "Instructor"
        when: windowShown
        property string trainee: ""

        function settle(page) {
            wait(0)
            waitForRendering(page)
        }
        function open(component) {
            const page = createTemporaryObject(component, root, { width: root.width, height: root.height })
            verify(page)
            settle(page)
            return page
        }
        function shoot(page, name) {
            if (TestEnv.screenshotDir.length === 0)
                return
            for (const lang of ["en", "vi"]) {
                App.language = lang
                settle(page)
                grabImage(page).save(TestEnv.screenshotDir + "/instructor-" + name + "-" + lang + ".png")
            }
            App.language = "en"
            settle(page)
        }

        function initTestCase() {
            trainee = App.traineeId
            verify(trainee.length > 0)
        }
        function cleanupTestCase() {
            App.instructor.lock()
            App.selectTrainee(trainee)
            compare(App.traineeId, trainee)
        }

        function test_1_gateThenClassThenDashboard() {
            App.language = "en"
            const gate = open(gateComponent)
            verify(!App.instructor.passphraseSet)
            findChild(gate, "passphraseField").text = "a classroom passphrase"
            findChild(gate, "repeatField").text = "another passphrase!!"
            mouseClick(findChild(gate, "unlockButton"))
            verify(findChild(gate, "gateError").text.length > 0)
            verify(!App.instructor.unlocked)
            findChild(gate, "passphraseField").text = "a classroom passphrase"
            findChild(gate, "repeatField").text = "a classroom passphrase"
            mouseClick(findChild(gate, "unlockButton"))
            // The hash runs off the GUI thread: the page shows it is busy and takes no second try.
            verify(App.instructor.task.busy)
            verify(findChild(gate, "checkingIndicator").running)
            verify(!findChild(gate, "unlockButton").enabled)
            tryVerify(() => App.instructor.unlocked)
            verify(!App.instructor.task.busy)
            compare(App.traineeId, "") // unlocking signed the trainee out

            const home = open(homeComponent)
            // No class yet: the empty state says what a class is for, and its button leads to
            // the field that creates one.
            const noClasses = findChild(home, "noClasses")
            verify(noClasses.visible)
            verify(findChild(noClasses, "emptyStateText").text.length > 0)
            mouseClick(findChild(noClasses, "emptyStateButton"))
            verify(findChild(home, "classNameField").activeFocus)
            shoot(home, "home-empty")
            const opened = signalSpy.createObject(home, { target: home, signalName: "classOpened" })
            findChild(home, "classNameField").text = "Lớp 10A1"
            mouseClick(findChild(home, "createClassButton"))
            compare(opened.count, 1)
            compare(App.instructor.classes.count, 1)
            compare(App.instructor.className, "Lớp 10A1")
            verify(!noClasses.visible)
            shoot(home, "home")

            const page = open(classComponent)
            findChild(page, "namesArea").text = "Trần Văn Bình\nĐặng Quốc Bảo\n\nAn"
            mouseClick(findChild(page, "addNamesButton"))
            compare(App.instructor.members.count, 3)
            verify(findChild(page, "addNotice").text.length > 0)
            verify(findChild(page, "classKeyField").text.length === 39)
            shoot(page, "members")

            // No answers yet: the questions tab explains itself and leads to planning a session.
            findChild(page, "classTabs").currentIndex = 3
            settle(page)
            const noItems = findChild(page, "noItems")
            verify(noItems.visible)
            shoot(page, "items-empty")
            mouseClick(findChild(noItems, "emptyStateButton"))
            compare(findChild(page, "classTabs").currentIndex, 1)
            settle(page)
            const noSessions = findChild(page, "noSessions")
            verify(noSessions.visible)
            mouseClick(findChild(noSessions, "emptyStateButton"))
            verify(findChild(page, "sessionTitleField").activeFocus)
            shoot(page, "sessions-empty")
            findChild(page, "sessionTitleField").text = "Buổi 1 – Nhận diện lừa đảo"
            mouseClick(findChild(page, "createSessionButton"))
            verify(findChild(page, "sessionNotice").text.length > 0) // no module chosen yet
            compare(App.instructor.sessions.count, 0)
            findChild(page, "assign_alpha").checked = true
            mouseClick(findChild(page, "createSessionButton"))
            compare(findChild(page, "sessionNotice").text, "")
            compare(App.instructor.sessions.count, 1)
            verify(!noSessions.visible)
            shoot(page, "sessions")

            findChild(page, "classTabs").currentIndex = 2
            settle(page)
            const board = App.instructor.dashboard
            compare(board.count, 3)
            compare(board.rowAt(0).name, "An")
            // Typed rows: a dashboardCell per module column, a column per module.
            compare(board.rowAt(0).cells.length, App.instructor.dashboardModules.count)
            compare(board.rowAt(0).cells[0].grade, -1)
            verify(!board.rowAt(0).cells[0].started)
            compare(App.instructor.availableModules.count, App.instructor.dashboardModules.count)
            compare(App.instructor.availableModules.all[0].moduleId, "alpha")
            board.sortBy(DashboardModel.NameColumn)
            compare(board.rowAt(0).name, "Trần Văn Bình")
            findChild(page, "dashboardFilter").text = "dang quoc"
            compare(board.count, 1)
            compare(board.rowAt(0).name, "Đặng Quốc Bảo")
            findChild(page, "dashboardFilter").text = ""
            compare(board.count, 3)
            shoot(page, "dashboard")

            // Deleting the class keeps its trainees.
            const trainees = App.trainees.count
            const deleted = signalSpy.createObject(page, { target: page, signalName: "classDeleted" })
            mouseClick(findChild(page, "deleteClassButton"))
            const dialog = findChild(page, "confirmDelete")
            tryVerify(() => dialog.opened)
            dialog.accept()
            compare(deleted.count, 1)
            compare(App.instructor.classes.count, 0)
            compare(App.trainees.count, trainees)

            App.instructor.lock()
            verify(!App.instructor.unlocked)
            compare(App.instructor.members.count, 0)
        }

        function test_2_wrongPassphraseStaysLocked() {
            const gate = open(gateComponent)
            verify(App.instructor.passphraseSet)
            verify(!findChild(gate, "repeatField").visible)
            findChild(gate, "passphraseField").text = "not the passphrase"
            mouseClick(findChild(gate, "unlockButton"))
            tryVerify(() => findChild(gate, "gateError").text.length > 0)
            compare(findChild(gate, "gateError").text, "Wrong passphrase.")
            verify(!App.instructor.unlocked)
            findChild(gate, "passphraseField").text = "a classroom passphrase"
            keyClick(Qt.Key_Return)
            tryVerify(() => App.instructor.unlocked)
            App.instructor.lock()
        }
    }

    Component { id: signalSpy; SignalSpy {} }
}
