// Projector mode: a module of the test pack stepped through from the keyboard; the right
// answers stay hidden until R reveals them. With KHIEN_SCREENSHOT_DIR set, every slide of
// every loaded module is saved, before and after the reveal, in both languages.
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
        ProjectorPage {}
    }

    TestCase {
        name: "Projector"
        when: windowShown

        function init() { App.language = "en" }

        function settle(page) {
            wait(0)
            waitForRendering(page)
        }
        function open() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            settle(page)
            return page
        }
        function counter(page) { return findChild(page, "slideCounter").text }
        function heading(page) { return findChild(page, "slideHeading").text }
        // How many lines show the ✓ now, and whether any shows a note.
        function marks(page) {
            let n = 0
            for (let i = 0; i < page.slide.lines.length; ++i) {
                const line = findChild(page, "line_" + i)
                verify(line, "line " + i)
                compare(findChild(line, "correctMark").visible, line.shownCorrect)
                n += line.shownCorrect ? 1 : 0
            }
            return n
        }
        function notesShown(page) {
            for (let i = 0; i < page.slide.lines.length; ++i)
                if (findChild(findChild(page, "line_" + i), "lineNote").visible)
                    return true
            return false
        }

        function test_stepThroughAndReveal() {
            const page = open()
            verify(findChild(page, "modulePicker").visible)
            compare(page.slide, null)
            compare(findChild(page, "module_types").text, "Question types")
            App.language = "vi"
            compare(findChild(page, "module_types").text, "Các dạng câu hỏi")
            App.language = "en"
            keyClick(Qt.Key_Right) // nothing to step through yet
            compare(page.slide, null)
            findChild(page, "module_types").forceActiveFocus() // the picker works from the keyboard
            keyClick(Qt.Key_Space)
            settle(page)
            verify(!findChild(page, "modulePicker").visible)
            compare(counter(page), "1 / 7")
            compare(heading(page), "Question types")
            verify(!findChild(page, "revealButton").enabled, "a title slide has nothing to reveal")

            keyClick(Qt.Key_Right)
            compare(counter(page), "2 / 7")
            compare(page.slide.kind, "lesson")
            compare(heading(page), "Test lesson")
            verify(findChild(page, "slideBody").text.indexOf("<b>lesson</b>") >= 0, "Markdown shown as formatting, not as stars")

            // The ordering question: items out of order and unmarked until the reveal.
            keyClick(Qt.Key_Space)
            compare(counter(page), "3 / 7")
            compare(heading(page), "Put A, B, C, D in order.")
            compare(findChild(page, "slideEyebrow").text, "Question 1 of 4  ·  Put the steps in order")
            settle(page)
            compare(marks(page), 0)
            verify(!findChild(page, "revealBox").visible)
            verify(findChild(page, "line_0").item.text !== "Step A", "shown out of order before the reveal")
            keyClick(Qt.Key_R)
            settle(page)
            compare(marks(page), 4)
            compare(findChild(page, "line_0").item.text, "Step A")
            verify(findChild(page, "revealBox").visible)
            compare(findChild(page, "revealButton").text, "Hide answers")

            // Back and forth hides the answers again.
            keyClick(Qt.Key_Left)
            compare(counter(page), "2 / 7")
            keyClick(Qt.Key_PageDown)
            compare(counter(page), "3 / 7")
            compare(marks(page), 0)

            // Red flags: only the two flagged parts get the ✓; the others explain why not.
            keyClick(Qt.Key_Right)
            keyClick(Qt.Key_Right)
            compare(counter(page), "5 / 7")
            compare(page.slide.questionType, "redflags")
            verify(!notesShown(page))
            mouseClick(findChild(page, "revealButton"))
            settle(page)
            compare(marks(page), 2)
            verify(findChild(page, "line_2").shownCorrect)
            verify(findChild(page, "line_3").shownCorrect)
            verify(notesShown(page))

            // The scenario, one slide per step along the best path.
            keyClick(Qt.Key_Right)
            compare(page.slide.kind, "scenario")
            compare(findChild(page, "slideEyebrow").text, "Question 4 of 4  ·  Scenario, step 1 of 2")
            compare(findChild(page, "slideBody").text, "The caller says he is the police.")
            compare(marks(page), 0)
            keyClick(Qt.Key_R)
            compare(marks(page), 1)
            verify(findChild(page, "line_0").shownCorrect)
            keyClick(Qt.Key_End)
            compare(counter(page), "7 / 7")
            compare(findChild(page, "slideEyebrow").text, "Question 4 of 4  ·  Scenario, step 2 of 2")
            keyClick(Qt.Key_Right)
            compare(counter(page), "7 / 7")
            verify(!findChild(page, "nextButton").enabled)

            // Another language: the same slide, in Vietnamese.
            App.language = "vi"
            settle(page)
            compare(counter(page), "7 / 7")
            compare(heading(page), "Một cuộc gọi lạ.")
            compare(findChild(page, "slideBody").text, "Tiếp theo?")
            keyClick(Qt.Key_PageUp)
            compare(counter(page), "6 / 7")

            // Back to the module list.
            mouseClick(findChild(page, "modulesButton"))
            verify(findChild(page, "modulePicker").visible)
        }

        // The slides worth looking at: title, the first lesson slides, a key point, the first
        // question of each type and every scenario step.
        function sample(deck) {
            const picked = []
            const types = []
            let lessons = 0, keyPoint = false
            for (let i = 0; i < deck.count; ++i) {
                const s = deck.slide(i)
                let take = s.kind === "title" || s.kind === "scenario"
                if (s.kind === "lesson" && (lessons++ < 2 || (s.keyPoint && !keyPoint))) take = true
                keyPoint = keyPoint || (take && s.keyPoint)
                if (s.kind === "question" && types.indexOf(s.questionType) < 0) {
                    types.push(s.questionType)
                    take = true
                }
                if (take) picked.push(i)
            }
            return picked
        }
        // With KHIEN_SCREENSHOT_DIR set, saves sample slides of the first two modules and of
        // the types and typed packs, before and after the reveal, in both languages; not a check.
        function test_screenshots() {
            if (TestEnv.screenshotDir.length === 0)
                skip("KHIEN_SCREENSHOT_DIR is not set")
            for (const size of [[1366, 768], [1920, 1080]]) {
                root.width = size[0]
                root.height = size[1]
                const page = open()
                for (const lang of ["vi", "en"]) {
                    App.language = lang
                    wait(50)
                    grabImage(page).save("%1/%2-picker-%3.png".arg(TestEnv.screenshotDir).arg(size[1]).arg(lang))
                }
                for (const m of page.modules.filter((m, i) => i < (size[1] === 768 ? 2 : 1) || m.moduleId === "types" || m.moduleId === "typed")) {
                    page.present(m.moduleId)
                    for (const i of sample(page.deck)) {
                        page.index = i
                        for (const lang of ["vi", "en"]) {
                            App.language = lang
                            for (const shown of page.canReveal ? [false, true] : [false]) {
                                page.revealed = shown
                                wait(100) // the type shrinks in steps until the slide fits
                                grabImage(page).save("%1/%2-%3-%4-%5%6.png".arg(TestEnv.screenshotDir).arg(size[1])
                                    .arg(m.moduleId).arg(String(i + 1).padStart(2, "0")).arg(lang).arg(shown ? "-revealed" : ""))
                            }
                        }
                    }
                }
                page.destroy()
            }
            root.width = 1366
            root.height = 768
        }
    }
}
