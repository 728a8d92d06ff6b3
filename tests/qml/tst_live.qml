// The live session page against a real session on 127.0.0.1: the join screen (code, QR, count,
// never names), a WebSocket participant joining and answering, the projector's counts per
// option, the reveal marked with a sign and a word, and Stop closing the port. With
// KHIEN_SCREENSHOT_DIR set, the join screen and the counts are saved in both languages.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1366
    height: 768

    Component {
        id: pageComponent
        LiveSessionPage {}
    }
    Component {
        id: participantComponent
        LiveParticipant {}
    }

    TestCase {
        name: "LiveSession"
        when: windowShown
        property string trainee: ""
        property string classId: ""

        function settle(item) {
            wait(0)
            waitForRendering(item)
        }
        function shoot(item, name) {
            if (TestEnv.screenshotDir.length === 0)
                return
            for (const lang of ["en", "vi"]) {
                App.language = lang
                settle(item)
                wait(300) // the bars' growth animation
                grabImage(item).save(TestEnv.screenshotDir + "/live-" + name + "-" + lang + ".png")
            }
            App.language = "en"
            settle(item)
        }

        function initTestCase() {
            trainee = App.traineeId
            const passphrase = "a classroom passphrase"
            // The passphrase check runs off the GUI thread: wait for it.
            if (!App.instructor.passphraseSet)
                verify(App.instructor.setPassphrase(passphrase, passphrase))
            else
                verify(App.instructor.unlock(passphrase))
            tryVerify(() => App.instructor.unlocked, 10000)
            App.instructor.createClass("Lớp live 10A")
            classId = App.instructor.classId
            verify(classId.length > 0)
        }
        function cleanupTestCase() {
            App.live.stop()
            verify(App.instructor.deleteClass(classId)) // later tests count the classes
            App.instructor.lock()
            App.selectTrainee(trainee)
        }
        function init() { App.language = "en" }
        function cleanup() {
            App.live.stop()
            tryCompare(App.live, "running", false)
        }

        function test_1_refusesWhatCannotWork() {
            compare(App.live.running, false)
            verify(App.live.start("", "alpha", true, "127.0.0.1").length > 0, "no class")
            verify(App.live.start(classId, "no-such-module", true, "127.0.0.1").length > 0, "no module")
            verify(App.live.start(classId, "alpha", true, "203.0.113.9").length > 0, "not this computer's address")
            verify(App.live.start(classId, "alpha", true, "not an address").length > 0)
            compare(App.live.error, App.live.start(classId, "alpha", true, "not an address"))
            compare(App.live.running, false)
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            settle(page)
            verify(findChild(page, "liveSetup").visible)
            verify(!findChild(page, "liveRunning").visible)
            verify(findChild(page, "liveError").visible, "the last problem is shown")
            // Every address offered is one of this computer's, never loopback.
            for (const a of App.live.addresses)
                verify(!a.startsWith("127."), a)
            compare(findChild(page, "noAddress").visible, App.live.addresses.length === 0)
        }

        function test_2_pacedSessionJoinAnswerRevealStop() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            compare(App.live.start(classId, "alpha", true, "127.0.0.1"), "")
            verify(App.live.running)
            settle(page)
            verify(findChild(page, "liveRunning").visible)
            verify(!findChild(page, "liveSetup").visible)
            const join = findChild(page, "joinScreen")
            verify(join.visible)
            compare(App.live.code.length, 6)
            verify(App.live.joinUrl.startsWith("http://127.0.0.1:" + App.live.port + "/#c=" + App.live.code))
            compare(findChild(join, "joinCode").text.replace(" ", ""), App.live.code)
            compare(findChild(join, "joinAddress").text, "http://127.0.0.1:" + App.live.port + "/")
            verify(findChild(join, "joinQr").modules >= 21 + 8, "a QR code with its quiet zone")
            // (The "(s)" plurals come from the translation files, which lupdate fills later.)
            verify(findChild(join, "joinedCount").text.startsWith("0 "), findChild(join, "joinedCount").text)

            const p1 = createTemporaryObject(participantComponent, root)
            const p2 = createTemporaryObject(participantComponent, root)
            p1.join(App.live.joinUrl, App.live.code, "Trần Văn Bình")
            p2.join(App.live.joinUrl, App.live.code, "Lê Thị Cúc")
            tryCompare(App.live, "participants", 2, 5000)
            verify(findChild(join, "joinedCount").text.startsWith("2 "), findChild(join, "joinedCount").text)
            settle(page)
            // The projector never shows a participant's name.
            for (const item of [join, findChild(page, "liveStatus")])
                verify(!JSON.stringify(grabText(item)).includes("Bình"))
            shoot(page, "join")

            findChild(page, "nextButton").clicked()
            compare(App.live.questionNumber, 1)
            verify(!join.visible)
            const dist = findChild(page, "distribution")
            verify(dist.visible)
            tryVerify(() => p1.question.q !== undefined && p2.question.q !== undefined, 5000)
            const q = p1.question.q
            compare(findChild(dist, "liveQuestionText").text.length > 0, true)
            // Both answer the question's first option (or part); the bars count them.
            const first = (q.options || q.parts || [{ id: "o0" }])[0].id
            let answer = { ids: [first] }
            if (q.type === "ordering") answer = { order: q.items.map(i => i.id) }
            p1.answer(q.id, p1.question.n, answer)
            p2.answer(q.id, p2.question.n, answer)
            tryCompare(App.live, "answered", 2, 5000)
            tryCompare(p1, "acks", 1, 5000) // the ack follows the commit
            settle(page)
            if (!App.live.countsRightOnly) {
                compare(App.live.options.total, 2)
                const bar = findChild(dist, "liveBar_0")
                verify(bar)
                compare(findChild(bar, "optionCount").text, "2 · 100%")
                verify(!findChild(bar, "rightMark").visible, "nothing is marked before the reveal")
            }
            shoot(page, "counts")

            findChild(page, "revealButton").clicked()
            verify(App.live.revealed)
            settle(page)
            let marked = 0
            for (let i = 0; i < App.live.options.count; ++i) {
                const mark = findChild(findChild(dist, "liveBar_" + i), "rightMark")
                compare(mark.text, "✓ Right answer")
                marked += mark.visible ? 1 : 0
            }
            verify(marked >= 1, "the right answer is marked with a sign and a word")
            shoot(page, "reveal")

            // A second answer to the same question (closed by the reveal) is refused, and
            // nothing more is counted.
            p1.answer(q.id, p1.question.n, answer)
            tryVerify(() => p1.lastError === "answered" || p1.lastError === "not-open", 5000)
            compare(App.live.answered, 2)

            findChild(page, "stopButton").clicked()
            const confirm = findChild(page, "confirmStop")
            tryVerify(() => confirm.opened)
            findChild(confirm, "acceptButton").clicked()
            tryCompare(App.live, "running", false, 5000)
            tryCompare(p1, "connected", false, 5000)
            settle(page)
            verify(findChild(page, "liveSetup").visible)
            compare(App.live.code, "")
            compare(App.live.resumable, false, "a stopped session is not offered for resume")
        }

        function test_3_selfPacedDashboard() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            compare(App.live.start(classId, "alpha", false, "127.0.0.1"), "")
            settle(page)
            verify(findChild(page, "joinScreen").visible, "self-paced keeps the join screen up")
            verify(!findChild(findChild(page, "liveRunning"), "nextButton").visible)
            const p = createTemporaryObject(participantComponent, root)
            p.join(App.live.joinUrl, App.live.code, "Phạm Minh Đức")
            tryVerify(() => p.question.q !== undefined, 5000)
            const q = p.question.q
            const first = (q.options || q.parts || [{ id: "o0" }])[0].id
            p.answer(q.id, p.question.n, { ids: [first] })
            tryCompare(App.live, "answered", 1, 5000)
            settle(page)
            const names = findChild(page, "showNames")
            verify(!names.checked, "names stay hidden until asked")
            compare(App.live.progress.count, 1)
            shoot(page, "selfpaced")
            App.live.stop()
            tryCompare(App.live, "running", false, 5000)
        }

        // Every text inside `item` that is shown, for the no-names check.
        function grabText(item) {
            let texts = []
            if (item.visible === false)
                return texts
            if (item.text !== undefined && typeof item.text === "string")
                texts.push(item.text)
            for (let i = 0; i < item.children.length; ++i)
                texts = texts.concat(grabText(item.children[i]))
            return texts
        }
    }
}
