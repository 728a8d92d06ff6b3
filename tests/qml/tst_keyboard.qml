// The quiz page from the keyboard alone: where focus lands when a question, a scenario step or
// the feedback appears, the Tab order, arrows between options, Enter that never leaves, every
// question type answered by keys, the focus ring, and the page scrolled to the focused control.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1000
    height: 1200

    FocusFollower { id: follower }

    Component {
        id: pageComponent
        QuizPage {}
    }
    Component {
        id: spyComponent
        SignalSpy {}
    }
    Component {
        id: helpComponent
        KeyboardHelpDialog {}
    }

    TestCase {
        name: "Keyboard"
        when: windowShown

        function init() { App.language = "en" }
        function cleanup() { if (App.quiz) App.endQuiz() }

        // New controls are laid out, focused and revealed a moment after a key: let that happen.
        function settle(page) {
            wait(0)
            waitForRendering(page)
            wait(80)
        }
        function openQuiz(moduleId, height) {
            verify(App.startQuiz(moduleId))
            const page = createTemporaryObject(pageComponent, root,
                                               { quiz: App.quiz, width: root.width, height: height || root.height })
            verify(page)
            settle(page)
            return page
        }
        function key(page, k, modifiers) {
            keyClick(k, modifiers || Qt.NoModifier)
            settle(page)
        }
        function body(page) { return findChild(page, "questionBody").item }
        function focusedName() { return follower.focused ? follower.focused.objectName : "(none)" }
        function optionName(i) { return "option_" + App.quiz.options[i].optionId }
        function ringOn(item) {
            verify(follower.showing, "the ring shows while the keyboard is used")
            verify(follower.ring.visible)
            compare(follower.ring.parent, item)
        }

        function test_choiceQuestionTabOrderArrowsAndEnter() {
            const page = openQuiz("alpha")
            // The first option has focus as soon as the question appears: no Tabs through the header.
            compare(focusedName(), optionName(0))
            const count = App.quiz.options.length
            verify(count >= 2)

            key(page, Qt.Key_Down)
            compare(focusedName(), optionName(1))
            ringOn(follower.focused)
            key(page, Qt.Key_Up)
            compare(focusedName(), optionName(0))
            key(page, Qt.Key_Up)                       // round the top to the last option
            compare(focusedName(), optionName(count - 1))
            key(page, Qt.Key_Right)
            compare(focusedName(), optionName(0))

            // Enter with nothing chosen does nothing; Space chooses.
            key(page, Qt.Key_Return)
            verify(!App.quiz.answered)
            key(page, Qt.Key_Space)
            compare(body(page).selection, [App.quiz.options[0].optionId])

            // After the last option: the main action, then "Leave quiz".
            for (let i = 1; i < count; ++i)
                key(page, Qt.Key_Tab)
            compare(focusedName(), optionName(count - 1))
            key(page, Qt.Key_Tab)
            compare(focusedName(), "submitButton")
            ringOn(findChild(page, "submitButton"))
            key(page, Qt.Key_Tab)
            compare(focusedName(), "leaveButton")
            key(page, Qt.Key_Backtab)
            compare(focusedName(), "submitButton")

            // Enter checks; focus goes to "Next question"; Enter again shows question 2 with
            // its first option focused.
            key(page, Qt.Key_Return)
            verify(App.quiz.answered)
            compare(focusedName(), "nextButton")
            key(page, Qt.Key_Return)
            compare(App.quiz.questionIndex, 1)
            compare(focusedName(), optionName(0))
        }

        function test_enterNeverLeavesAndLeavingAsks() {
            const page = openQuiz("alpha")
            const leaves = createTemporaryObject(spyComponent, root, { target: page, signalName: "leave" })
            const dialog = findChild(page, "confirmLeave")
            key(page, Qt.Key_Space)                    // a choice, not checked yet
            verify(page.unsaved)
            while (focusedName() !== "leaveButton")
                key(page, Qt.Key_Tab)

            key(page, Qt.Key_Return)
            key(page, Qt.Key_Enter)
            compare(leaves.count, 0, "Enter never leaves the quiz")
            verify(!dialog.opened)
            verify(App.quiz !== null && !App.quiz.answered)

            // Space does, after asking; the safe button has the focus, and Enter on it stays.
            key(page, Qt.Key_Space)
            tryVerify(() => dialog.opened)
            compare(focusedName(), "rejectButton")
            key(page, Qt.Key_Return)
            tryVerify(() => !dialog.visible)
            compare(leaves.count, 0)
            compare(focusedName(), optionName(0), "back on the question")

            // Esc asks too; in the dialog Enter on "Leave quiz" does nothing, Space leaves.
            key(page, Qt.Key_Escape)
            tryVerify(() => dialog.opened)
            key(page, Qt.Key_Tab)
            compare(focusedName(), "acceptButton")
            key(page, Qt.Key_Return)
            verify(dialog.opened)
            compare(leaves.count, 0)
            key(page, Qt.Key_Space)
            compare(leaves.count, 1)
        }

        function test_escapeWithoutAChoiceLeavesAtOnce() {
            const page = openQuiz("alpha")
            const leaves = createTemporaryObject(spyComponent, root, { target: page, signalName: "leave" })
            verify(!page.unsaved)
            key(page, Qt.Key_Escape)
            compare(leaves.count, 1)
            verify(!findChild(page, "confirmLeave").opened)
        }

        function test_everyTypeByKeyboardOnly() {
            const page = openQuiz("types")

            // 1. Ordering: focus on the first step; Down moves to the next, Ctrl+Up moves it up
            // and the focus goes with it.
            compare(App.quiz.questionType, "ordering")
            const shown = body(page).order.slice()
            compare(focusedName(), "step_" + shown[0])
            ringOn(follower.focused)
            key(page, Qt.Key_Down)
            compare(focusedName(), "step_" + shown[1])
            key(page, Qt.Key_Up, Qt.ControlModifier)
            compare(body(page).order.slice(0, 2), [shown[1], shown[0]])
            compare(focusedName(), "step_" + shown[1])
            key(page, Qt.Key_Down, Qt.ControlModifier)
            compare(body(page).order, shown)
            compare(focusedName(), "step_" + shown[1])
            verify(page.unsaved, "a moved step is a choice to keep")
            key(page, Qt.Key_Return)
            verify(App.quiz.answered)
            key(page, Qt.Key_Return)

            // 2. Matching: a partner per drop-down by arrow key; Enter after the last one checks.
            compare(App.quiz.questionType, "matching")
            const rows = App.quiz.matchLeft.length
            for (let i = 0; i < rows; ++i) {
                compare(focusedName(), "match_" + App.quiz.matchLeft[i].optionId)
                key(page, Qt.Key_Down)
                if (i + 1 < rows)
                    key(page, Qt.Key_Tab)
            }
            verify(body(page).answer !== null)
            key(page, Qt.Key_Return)
            verify(App.quiz.answered, "Enter after the last drop-down checks the answer")
            compare(focusedName(), "nextButton")
            key(page, Qt.Key_Return)

            // 3. Red flags: the first part has focus; Space marks it, with a sign as well as a colour.
            compare(App.quiz.questionType, "redflags")
            verify(focusedName().startsWith("part_"), focusedName())
            const first = follower.focused
            ringOn(first)
            key(page, Qt.Key_Space)
            compare(body(page).marked.length, 1)
            verify(first.sign === "⚑")
            key(page, Qt.Key_Space)
            compare(body(page).marked.length, 0)
            verify(first.sign === "")
            key(page, Qt.Key_Tab)
            verify(focusedName().startsWith("part_") && follower.focused !== first)
            key(page, Qt.Key_Space)
            compare(body(page).marked.length, 1)
            key(page, Qt.Key_Return)
            verify(App.quiz.answered)
            key(page, Qt.Key_Return)

            // 4. Scenario: each new step's first choice has focus.
            compare(App.quiz.questionType, "scenario")
            compare(focusedName(), "choice_hang-up")
            key(page, Qt.Key_Return)
            compare(findChild(page, "stepText").text, "What next?")
            compare(focusedName(), "choice_report")
            key(page, Qt.Key_Return)
            verify(App.quiz.answered)
            compare(focusedName(), "nextButton")
            key(page, Qt.Key_Return)

            verify(App.quiz.finished)
            compare(focusedName(), "backToModule")
        }

        function test_focusedControlScrolledIntoView() {
            const page = openQuiz("alpha", 260)
            const leave = findChild(page, "leaveButton")
            let flick = leave.parent
            while (flick && flick.contentY === undefined)
                flick = flick.parent
            verify(flick)
            const inView = () => {
                const p = leave.mapToItem(flick, 0, 0)
                return p.y >= 0 && p.y + leave.height <= flick.height
            }
            verify(!inView(), "the page is short: the button starts below the view")
            while (focusedName() !== "leaveButton")
                key(page, Qt.Key_Tab)
            verify(flick.contentY > 0)
            verify(inView(), "Tab scrolled to the focused button")
            ringOn(leave)

            // Back up to the first option: scrolled back up to it.
            while (focusedName() !== optionName(0))
                key(page, Qt.Key_Backtab)
            const option = follower.focused
            const p = option.mapToItem(flick, 0, 0)
            verify(p.y >= 0 && p.y + option.height <= flick.height)

            // A mouse click hides the ring.
            mouseClick(option)
            verify(!follower.showing)
            verify(!follower.ring.visible)
        }

        // No Tab stop without a visible ring: an empty list or a hidden control that takes
        // focus would lose the keyboard user.
        function test_everyTabStopShowsTheRing() {
            const page = openQuiz("alpha")
            key(page, Qt.Key_Space) // "Check answer" takes focus once there is an answer
            const seen = []
            for (let i = 0; i < 12; ++i) {
                key(page, Qt.Key_Tab)
                verify(follower.showing, "a ring on " + focusedName())
                verify(follower.ring.visible && follower.ring.width > 0 && follower.ring.height > 0)
                seen.push(focusedName())
            }
            verify(seen.indexOf("submitButton") >= 0 && seen.indexOf("leaveButton") >= 0, seen.join())
        }

        function test_shortcutList() {
            const help = createTemporaryObject(helpComponent, root)
            help.open()
            tryVerify(() => help.opened)
            compare(help.title, "Keyboard shortcuts")
            compare(focusedName(), "closeKeyboardHelp")
            verify(help.shortcuts.length >= 8)
            verify(help.shortcuts.every(s => s.keys.length > 0 && s.what.length > 0))
            keyClick(Qt.Key_Return)
            tryVerify(() => !help.visible)
        }
    }
}
