// The result screen shows, not just tells: the score as a ring, what went well, what to
// review next with the lesson to read again, and a scenario's path as a diagram with its
// ending named in words. And the history's empty state leads to the modules.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1366
    height: 768

    Component { id: quizComponent; QuizPage {} }
    Component { id: historyComponent; HistoryPage {} }

    TestCase {
        name: "ResultPage"
        when: windowShown

        function init() { App.language = "en" }
        function settle(item) {
            wait(0)
            waitForRendering(item)
        }
        // Screenshots at two window sizes, in both languages (1920 × 1080: see the app itself).
        function shoot(page, name) {
            if (TestEnv.screenshotDir.length === 0)
                return
            for (const size of [[1024, 600], [1366, 768]]) { // the window is 1366 × 768
                page.width = size[0]
                page.height = size[1]
                for (const lang of ["en", "vi"]) {
                    App.language = lang
                    settle(page)
                    grabImage(page).save(TestEnv.screenshotDir + "/" + name + "-" + size[0] + "-" + lang + ".png")
                }
            }
            page.width = root.width
            page.height = root.height
            App.language = "en"
            settle(page)
        }

        // The "types" quiz, answered through the controller: ordering right, matching 1 of 3,
        // red flags right, the scenario hang-up > forget (a mixed ending, 2 of 3 points).
        function playTypesQuiz() {
            verify(App.startQuiz("types"))
            const page = createTemporaryObject(quizComponent, root, { quiz: App.quiz, width: root.width, height: root.height })
            verify(page)
            const q = App.quiz
            verify(q.submit(["a", "b", "c", "d"]))
            q.next()
            verify(q.submit(["reuse", "phishing", "simswap"]))
            q.next()
            verify(q.submit(["hurry", "link"]))
            q.next()
            verify(q.choose("hang-up"))
            verify(q.choose("forget"))
            q.next()
            verify(q.finished)
            settle(page)
            return page
        }

        function rows(card) { return findChild(card, "questionRows").count }

        function test_scoreListsAndScenarioDiagram() {
            const page = playTypesQuiz()
            const result = findChild(page, "resultView")
            verify(result.visible)
            compare(findChild(result, "ringPercent").text, "75%")
            verify(findChild(result, "resultScore").text.indexOf("(75%)") > 0)

            const well = findChild(result, "wentWellCard")
            const review = findChild(result, "reviewNextCard")
            compare(rows(well), 2)   // ordering, red flags
            compare(rows(review), 2) // matching, scenario
            const lesson = findChild(review, "readLessonButton")
            verify(lesson.visible)
            compare(lesson.text, "Read the lesson again: Lesson")
            const wanted = signalSpy.createObject(page, { target: page, signalName: "lessonRequested" })
            mouseClick(lesson)
            compare(wanted.count, 1)
            compare(wanted.signalArguments[0][0], "types")
            compare(wanted.signalArguments[0][1], "types-lesson")

            // The diagram: s1, s3 (the routing step s2 is passed through), the ending.
            compare(findChild(result, "scenarioPaths").count, 1)
            const card = findChild(result, "scenarioPathCard")
            verify(card)
            compare(findChild(card, "pathNodes").count, 3)
            compare(findChild(card, "pathEnding").text, "Mixed ending")
            verify(findChild(card, "pathChoice").text.indexOf("Hang up") >= 0)
            shoot(page, "result-scenario")

            // The content follows a language switch.
            App.language = "vi"
            compare(App.quiz.result.scenarios[0].nodes[1].text, "Tiếp theo?")
            compare(findChild(review, "readLessonButton").text.indexOf("Bài học") >= 0, true)
            App.language = "en"
        }

        function test_allRightLeavesNothingToReview() {
            verify(App.startQuiz("alpha"))
            const page = createTemporaryObject(quizComponent, root, { quiz: App.quiz, width: root.width, height: root.height })
            const q = App.quiz
            for (const right of [["a"], ["a", "b"], ["false"]]) {
                verify(q.submit(right))
                q.next()
            }
            verify(q.finished)
            settle(page)
            const result = findChild(page, "resultView")
            compare(findChild(result, "ringPercent").text, "100%")
            const review = findChild(result, "reviewNextCard")
            compare(rows(review), 0)
            verify(findChild(review, "emptyList").visible)
            verify(!findChild(review, "readLessonButton").visible)
            compare(findChild(result, "scenarioPaths").count, 0)
            shoot(page, "result-quiz")
        }

        function test_historyEmptyStateLeadsToTheModules() {
            const trainee = App.traineeId
            compare(App.createTrainee("Lê Văn Mới", ""), "")
            verify(App.traineeId !== trainee)
            const page = createTemporaryObject(historyComponent, root, { width: root.width, height: root.height })
            settle(page)
            const empty = findChild(page, "noAttempts")
            verify(empty.visible)
            verify(findChild(empty, "emptyStateText").text.length > 0)
            const wanted = signalSpy.createObject(page, { target: page, signalName: "modulesRequested" })
            mouseClick(findChild(empty, "emptyStateButton"))
            compare(wanted.count, 1)
            shoot(page, "history-empty")
            App.selectTrainee(trainee)
            compare(App.traineeId, trainee)
        }
    }

    Component {
        id: signalSpy
        SignalSpy {}
    }
}
