// Ordering, matching, red flags and a branching scenario played on the real quiz page,
// by mouse and keyboard; then the review, and resuming an interrupted attempt.
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1000
    height: 1500 // tall enough that every button is on screen for mouseClick

    Component {
        id: pageComponent
        QuizPage {}
    }

    Component { id: reviewComponent; ReviewModel {} }

    TestCase {
        name: "QuestionTypes"
        when: windowShown

        function init() { App.language = "en" }

        function settle(page) {
            wait(0)
            waitForRendering(page)
        }
        function openQuiz() {
            verify(App.startQuiz("types"))
            const page = createTemporaryObject(pageComponent, root,
                                               { quiz: App.quiz, width: root.width, height: root.height })
            verify(page)
            settle(page)
            return page
        }
        function body(page) { return findChild(page, "questionBody").item }
        // With KHIEN_SCREENSHOT_DIR set, saves what the page shows now, in both languages.
        function shoot(page, name) {
            if (TestEnv.screenshotDir.length === 0)
                return
            for (const lang of ["en", "vi"]) {
                App.language = lang
                settle(page)
                grabImage(page).save(TestEnv.screenshotDir + "/" + name + "-" + lang + ".png")
            }
            App.language = "en"
            settle(page)
        }

        function test_allTypesThenReview() {
            const page = openQuiz()
            const attemptId = App.quiz.attemptId

            // 1. Ordering: shown shuffled; Ctrl+Down moves the focused step down by one.
            compare(App.quiz.questionType, "ordering")
            const ordering = body(page)
            const shown = ordering.order.slice()
            verify(shown.join() !== "a,b,c,d", "never starts solved")
            ordering.takeFocus()
            keyClick(Qt.Key_Down, Qt.ControlModifier)
            compare(ordering.order[0], shown[1])
            compare(ordering.order[1], shown[0])
            ordering.order = ["b", "a", "c", "d"]
            shoot(page, "ordering")
            mouseClick(findChild(page, "submitButton"))
            shoot(page, "ordering-feedback")
            compare(App.quiz.lastPointsText, "0.7") // one item misplaced: (3 - 1) / (4 - 1), one decimal at most
            verify(findChild(page, "feedback").visible)
            mouseClick(findChild(page, "nextButton"))
            settle(page)

            // 2. Matching: one wrong pair of three.
            compare(App.quiz.questionType, "matching")
            verify(!findChild(page, "submitButton").enabled, "every item needs a partner")
            body(page).picks = ["phishing", "simswap", "reuse"]
            verify(findChild(page, "submitButton").enabled)
            shoot(page, "matching")
            mouseClick(findChild(page, "submitButton"))
            shoot(page, "matching-feedback")
            compare(App.quiz.lastPointsText, "0.3")
            compare(App.quiz.matchLeft[1].correctText, "Password manager")
            mouseClick(findChild(page, "nextButton"))
            settle(page)

            // 3. Red flags: click the two warning signs in the SMS.
            compare(App.quiz.questionType, "redflags")
            compare(App.quiz.mockKind, "sms")
            mouseClick(findChild(page, "part_hurry"))
            mouseClick(findChild(page, "part_link"))
            compare(body(page).marked.length, 2)
            shoot(page, "redflags")
            mouseClick(findChild(page, "submitButton"))
            shoot(page, "redflags-feedback")
            compare(App.quiz.lastPoints, 1)
            mouseClick(findChild(page, "nextButton"))
            settle(page)

            // 4. Scenario: hang up (2 points) routes past s2 to s3; report ends well.
            compare(App.quiz.questionType, "scenario")
            verify(!findChild(page, "submitButton").visible)
            compare(findChild(page, "stepText").text, "The caller says he is the police.")
            shoot(page, "scenario")
            mouseClick(findChild(page, "choice_hang-up"))
            settle(page)
            shoot(page, "scenario-step2")
            compare(App.quiz.lastConsequence, "You are safe.")
            compare(findChild(page, "trailLine").text, "→ Hang up: You are safe.") // no ".:" whatever the ending
            compare(findChild(page, "stepText").text, "What next?")
            verify(!App.quiz.answered)
            mouseClick(findChild(page, "choice_report"))
            settle(page)
            verify(App.quiz.answered)
            verify(findChild(page, "scenarioEnding").visible)
            compare(App.quiz.ending.outcome, "good")
            compare(App.quiz.lastPoints, 1)
            shoot(page, "scenario-ending")
            mouseClick(findChild(page, "nextButton"))

            // Result: 2/3 + 1/3 + 1 + 1 of 4.
            verify(App.quiz.finished)
            compare(App.quiz.percent, 75)
            settle(page)
            shoot(page, "result")
            verify(App.quiz.passed)

            // The review, read back from the database, in both languages.
            const review = createTemporaryObject(reviewComponent, root, { attemptId: attemptId, language: "en" })
            compare(review.count, 4)
            compare(review.item(1).lines[1].mark, "wrong")
            compare(review.item(3).lines.length, 3)       // two decisions and the ending
            compare(review.item(3).lines[0].detail, "You chose: Hang up")
            App.language = "vi"
            review.language = App.language // read again in the new language
            compare(review.count, 4)
            compare(review.item(3).lines[0].detail, "Bạn đã chọn: Cúp máy")
            App.language = "en"
            App.endQuiz()
        }

        function test_resumeContinuesWhereItStopped() {
            verify(App.startQuiz("types"))
            const attemptId = App.quiz.attemptId
            const order = App.quiz.options.map(o => o.optionId)
            verify(App.quiz.submit(order))
            App.quiz.next()
            App.endQuiz() // as if the app were closed here

            const open = App.unfinishedAttempt("types")
            compare(open.attemptId, attemptId)
            compare(open.answered, 1)
            compare(open.total, 4)

            verify(App.resumeQuiz("types"))
            compare(App.quiz.attemptId, attemptId)
            compare(App.quiz.questionIndex, 1)
            compare(App.quiz.questionType, "matching")
            App.endQuiz()

            // Starting over closes the interrupted attempt: only the new one is left open.
            verify(App.startQuiz("types"))
            const fresh = App.quiz.attemptId
            verify(fresh !== attemptId)
            App.endQuiz()
            compare(App.unfinishedAttempt("types").attemptId, fresh)
        }
    }
}
