// Text from outside Khiên (names, class codes, class names, session titles) is shown as plain
// text on every page that shows it, and nothing reaches the network: not a markup name, not
// an image URL. The canary server counts every connection (TestEnv.canaryUrl).
import QtQuick
import QtQuick.Controls
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1024
    height: 700

    readonly property string hostile: "<img src=\"" + TestEnv.canaryUrl + "\">< img src=" + TestEnv.canaryUrl + "> &lt;b&gt;"

    Component { id: signIn; SignInPage {} }
    Component { id: home; HomePage {} }
    Component { id: header; AppHeader {} }
    Component { id: history; HistoryPage {} }
    Component { id: gate; InstructorGatePage {} }
    Component { id: classes; InstructorHomePage {} }
    Component { id: classPage; ClassPage {} }
    Component { id: remoteImage; Image { source: TestEnv.canaryUrl } }

    TestCase {
        name: "UntrustedText"
        when: windowShown
        property string trainee: ""

        function open(component) {
            const page = createTemporaryObject(component, root, { width: root.width, height: root.height })
            verify(page)
            wait(0)
            waitForRendering(page)
            return page
        }

        // Every text item under `item` that holds markup must show it as plain text.
        function richTexts(item, found) {
            if (item.textFormat !== undefined && typeof item.text === "string"
                    && (item.text.indexOf("<") >= 0 || item.text.indexOf("&") >= 0)
                    && item.textFormat !== Text.PlainText)
                found.push((item.objectName || item.toString()) + ": " + item.text.substring(0, 60))
            const children = item.children || []
            for (let i = 0; i < children.length; ++i)
                richTexts(children[i], found)
            return found
        }
        function verifyPlain(page, what) {
            const found = richTexts(page, [])
            compare(found.length, 0, what + " shows markup as rich text: " + found.join(" | "))
            // The text is there, shown as it was typed.
            verify(shows(page, root.hostile.substring(0, 20)), what + " does not show the name at all")
        }
        function shows(item, text) {
            if (typeof item.text === "string" && item.text.indexOf(text) >= 0 && item.textFormat === Text.PlainText)
                return true
            const children = item.children || []
            for (let i = 0; i < children.length; ++i)
                if (shows(children[i], text))
                    return true
            return false
        }

        function initTestCase() {
            trainee = App.traineeId
        }
        function cleanupTestCase() {
            App.instructor.lock()
            if (trainee.length > 0)
                App.selectTrainee(trainee)
            compare(TestEnv.canaryHits(), 0, "something was fetched from the network")
        }

        function test_1_traineePages() {
            App.language = "en"
            compare(App.createTrainee(root.hostile, root.hostile), "")
            verify(App.traineeName.indexOf("<img") === 0) // stored as typed, not stripped
            verifyPlain(open(signIn), "the sign-in page")
            verifyPlain(open(header), "the header")
            compare(richTexts(open(home), []).length, 0)
            compare(richTexts(open(history), []).length, 0)
        }

        function test_2_instructorPages() {
            App.language = "en"
            const g = open(gate)
            const passphrase = "a classroom passphrase"
            if (App.instructor.passphraseSet)
                verify(App.instructor.unlock(passphrase))
            else
                verify(App.instructor.setPassphrase(passphrase, passphrase))
            tryVerify(() => App.instructor.unlocked) // the check runs off the GUI thread
            compare(App.instructor.createClass(root.hostile), "")
            App.instructor.addTrainees(root.hostile + " 2\nAn")
            const classPageItem = open(classPage)
            verifyPlain(classPageItem, "the class page")
            for (let tab = 1; tab < 5; ++tab) {
                findChild(classPageItem, "classTabs").currentIndex = tab
                wait(0)
                compare(richTexts(classPageItem, []).length, 0, "class tab " + tab)
            }
            mouseClick(findChild(classPageItem, "deleteClassButton"))
            const dialog = findChild(classPageItem, "confirmDelete")
            tryVerify(() => dialog.opened)
            const found = richTexts(dialog.header, richTexts(dialog.contentItem, []))
            compare(found.length, 0, "the delete dialog: " + found.join(" | "))
            dialog.reject()
            verifyPlain(open(classes), "the classes page")
        }

        function test_3_remoteImagesAreRefused() {
            const image = createTemporaryObject(remoteImage, root)
            tryVerify(() => image.status === Image.Error, 5000)
            wait(200)
            compare(TestEnv.canaryHits(), 0)
        }
    }
}
