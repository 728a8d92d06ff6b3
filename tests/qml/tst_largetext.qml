// Large text at small screens: at 150 % and 200 % on 1024×600 (and 1366×768), the top bar and
// the trainee's pages (home, module, lesson, quiz: ordering, matching, red flags, scenario,
// result) keep every control inside the window's width and no two controls on top of each
// other, in both languages. With KHIEN_SCREENSHOT_DIR set, it also goes through 100/150/200 %
// at 1024×600 and 1366×768 and saves every page it checks (48 per language).
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import Khien
import KhienTest

// A Pane with the window's font and colours (Main.qml), which the controls inherit.
Pane {
    id: root
    width: 1366
    height: 768
    padding: 0
    font.pixelSize: Theme.fontControl
    Material.primary: Theme.palette.primary
    Material.accent: Theme.palette.primary

    Component { id: headerComponent; AppHeader { canGoBack: true } }
    Component { id: homeComponent; HomePage {} }
    Component { id: moduleComponent; ModulePage { moduleId: "alpha" } }
    Component { id: lessonComponent; LessonPage { moduleId: "alpha"; lessonId: "alpha-lesson" } }
    Component { id: quizComponent; QuizPage {} }

    TestCase {
        name: "LargeText"
        when: windowShown

        function init() { App.language = "en" }
        function cleanup() {
            if (App.quiz)
                App.endQuiz()
            App.display.textScale = 1.0
        }

        // Layouts settle in the next polish; waitForRendering would wait out its timeout
        // whenever nothing needs drawing again.
        function settle(item) {
            wait(0)
            wait(30)
        }

        function contains(outer, inner) {
            for (let p = inner; p; p = p.parent)
                if (p === outer)
                    return true
            return false
        }
        // Every visible control (a button, or anything Tab reaches) of `frame`: where it is.
        function controls(frame) {
            const found = []
            function walk(item) {
                if (!item || !item.visible || item.opacity === 0)
                    return
                if ((item instanceof AbstractButton || item.activeFocusOnTab) && item.width > 0 && item.height > 0) {
                    const p = item.mapToItem(frame, 0, 0)
                    found.push({ item: item, x: p.x, y: p.y, w: item.width, h: item.height })
                }
                for (let i = 0; i < item.children.length; ++i)
                    walk(item.children[i])
            }
            walk(frame)
            return found
        }
        function describe(c) {
            const name = c.item.objectName || c.item.text || c.item.Accessible.name || String(c.item)
            return "'" + name + "' at " + Math.round(c.x) + "," + Math.round(c.y) + " " + Math.round(c.w) + "×" + Math.round(c.h)
        }
        // Controls past the right or left edge, and controls that cover one another.
        function layoutProblems(frame) {
            const found = controls(frame)
            const bad = []
            for (const c of found)
                if (c.x < -1 || c.x + c.w > frame.width + 1)
                    bad.push(describe(c) + " is outside the " + frame.width + " px width")
            for (let i = 0; i < found.length; ++i) {
                for (let j = i + 1; j < found.length; ++j) {
                    const a = found[i], b = found[j]
                    if (contains(a.item, b.item) || contains(b.item, a.item))
                        continue
                    const overlapX = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)
                    const overlapY = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y)
                    if (overlapX > 2 && overlapY > 2)
                        bad.push(describe(a) + " overlaps " + describe(b))
                }
            }
            return bad
        }

        // The worst case only, unless screenshots are wanted (the whole matrix takes minutes).
        readonly property bool shooting: TestEnv.screenshotDir.length > 0
        function sizes() { return shooting ? [{ w: 1024, h: 600 }, { w: 1366, h: 768 }] : [{ w: 1024, h: 600 }] }
        function scales() { return shooting ? [1.0, 1.5, 2.0] : [2.0] }

        // The page below the top bar, as the window shows them.
        function check(component, name, properties, prepare) {
            for (const size of sizes()) {
                root.width = size.w
                root.height = size.h
                for (const scale of scales()) {
                    App.display.textScale = scale
                    const header = createTemporaryObject(headerComponent, root, { width: size.w })
                    settle(header)
                    const props = Object.assign({ y: header.height, width: size.w, height: size.h - header.height }, properties || {})
                    const page = createTemporaryObject(component, root, props)
                    verify(page)
                    if (prepare)
                        prepare(page)
                    settle(page)
                    for (const lang of ["en", "vi"]) {
                        App.language = lang
                        settle(page)
                        const where = " (" + name + ", " + lang + ", " + Math.round(scale * 100) + " %, " + size.w + "×" + size.h + ")"
                        verify(controls(page).length > 0, "the page shows controls" + where)
                        const bad = layoutProblems(header).concat(layoutProblems(page))
                        compare(bad.length, 0, bad.join("; ") + where)
                        verify(header.height < size.h / 3, "the top bar leaves room for the page" + where)
                        if (shooting)
                            grabImage(root).save(TestEnv.screenshotDir + "/" + name + "-" + lang + "-"
                                                 + Math.round(scale * 100) + "-" + size.w + ".png")
                    }
                    App.language = "en"
                    page.destroy()
                    header.destroy()
                    settle(root)
                }
            }
        }

        // The check finds what it is meant to find: a button pushed past the edge, two on top.
        function test_0_checkCanFail() {
            const probe = Qt.createQmlObject(
                'import QtQuick; import QtQuick.Controls; Item { width: 300; height: 100;'
                + ' Button { x: 250; width: 100; text: "past" } Button { x: 0; width: 100; text: "a" }'
                + ' Button { x: 50; width: 100; text: "b" } }', root)
            settle(probe)
            const bad = layoutProblems(probe)
            verify(bad.some(b => b.indexOf("past") >= 0 && b.indexOf("outside") >= 0), bad.join("; "))
            verify(bad.some(b => b.indexOf("overlaps") >= 0), bad.join("; "))
            probe.destroy()
        }

        function test_home() { check(homeComponent, "home") }
        function test_module() { check(moduleComponent, "module") }
        function test_lesson() { check(lessonComponent, "lesson") }

        function test_quizTypes() {
            // One attempt per step: ordering, matching, red flags, scenario.
            const steps = ["ordering", "matching", "redflags", "scenario"]
            for (let step = 0; step < steps.length; ++step) {
                verify(App.startQuiz("types"))
                for (let k = 0; k < step; ++k) {
                    const q = App.quiz
                    compare(q.questionType, steps[k])
                    if (steps[k] === "matching")
                        verify(q.submit(["phishing", "simswap", "reuse"]))
                    else if (steps[k] === "redflags")
                        verify(q.submit(["hurry", "link"]))
                    else
                        verify(q.submit(["b", "a", "c", "d"]))
                    q.next()
                }
                compare(App.quiz.questionType, steps[step])
                check(quizComponent, "quiz-" + steps[step], { quiz: App.quiz })
                App.endQuiz()
            }
        }

        function test_result() {
            verify(App.startQuiz("alpha"))
            const q = App.quiz
            verify(q.submit(["a"]))
            q.next()
            verify(q.submit(["a", "b"]))
            q.next()
            verify(q.submit(["false"]))
            q.next()
            verify(q.finished)
            check(quizComponent, "result", { quiz: App.quiz })
        }
    }
}
