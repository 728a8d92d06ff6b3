// The quiz page as a trainee uses it: answer, see feedback and explanations, go on, get a
// result; by mouse and by keyboard; and the UI follows a language switch.
import QtQuick
import QtTest
import Khien

Item {
    id: root
    width: 1000
    height: 720

    Component {
        id: pageComponent
        QuizPage {}
    }

    TestCase {
        name: "QuizPage"
        when: windowShown

        function init() {
            App.language = "en"
        }

        // Options are rebuilt for each question: let the old ones go and the layout settle
        // (a frame) before looking for one to click.
        function find(page, name) {
            wait(0)
            waitForRendering(page)
            return findChild(page, name)
        }

        function openQuiz() {
            verify(App.traineeId.length > 0, "a trainee is signed in")
            verify(App.startQuiz("alpha"))
            const page = createTemporaryObject(pageComponent, root,
                                               { quiz: App.quiz, width: root.width, height: root.height })
            verify(page)
            page.forceActiveFocus()
            return page
        }

        function test_answerFeedbackNextResult() {
            const page = openQuiz()
            const historyBefore = App.history.count
            compare(findChild(page, "questionCounter").text, "Question 1 of 3")
            compare(findChild(page, "prompt").text, "Choose answer A.")

            const submit = findChild(page, "submitButton")
            verify(!submit.enabled, "nothing chosen yet")
            verify(!findChild(page, "feedback").visible)
            mouseClick(find(page, "option_b"))
            verify(submit.enabled)
            mouseClick(submit)

            // Wrong answer: feedback, and every option explained.
            verify(findChild(page, "feedback").visible)
            compare(App.quiz.lastCorrect, false)
            compare(findChild(page, "explanation_a").text, "A is the right answer.")
            compare(findChild(page, "explanation_b").text, "B is wrong.")
            verify(findChild(page, "explanation_b").visible)
            // Saved at once: the history (read from the database) shows the attempt with 1 answer.
            compare(App.history.count, historyBefore + 1)
            compare(App.history.data(App.history.index(0, 0), HistoryModel.AnsweredCountRole), 1)

            mouseClick(find(page, "nextButton"))
            compare(findChild(page, "questionCounter").text, "Question 2 of 3")
            verify(!findChild(page, "feedback").visible)

            // Multiple choice, half right: a of {a, b}, no wrong option.
            mouseClick(find(page, "option_a"))
            mouseClick(find(page, "submitButton"))
            compare(App.quiz.lastPoints, 0.5)
            mouseClick(find(page, "nextButton"))

            // True/false by keyboard only: Tab to "False", Space to choose, Enter to check and go on.
            compare(findChild(page, "questionCounter").text, "Question 3 of 3")
            const optionFalse = find(page, "option_false")
            optionFalse.forceActiveFocus()
            keyClick(Qt.Key_Space)
            keyClick(Qt.Key_Return)
            compare(App.quiz.answered, true)
            compare(App.quiz.lastCorrect, true)
            keyClick(Qt.Key_Return)

            // Result: 1.5 of 3 = 50% < 70%.
            verify(findChild(page, "resultView").visible)
            compare(App.quiz.finished, true)
            compare(App.quiz.percent, 50)
            compare(App.quiz.passed, false)
            compare(findChild(page, "resultScore").text, "Score: 1.5 of 3 points (50%)")
            compare(App.history.data(App.history.index(0, 0), HistoryModel.FinishedRole), true)
            App.endQuiz()
        }

        function test_submitNeedsAChoice() {
            const page = openQuiz()
            verify(!App.quiz.submit([]))
            compare(App.quiz.answered, false)
            verify(findChild(page, "quizError").visible)
            App.endQuiz()
        }

        function test_languageSwitchIsLive() {
            const page = openQuiz()
            App.language = "vi"
            compare(findChild(page, "prompt").text, "Chọn đáp án A.")
            compare(findChild(page, "questionCounter").text, "Câu 1/3")
            App.language = "en"
            compare(findChild(page, "prompt").text, "Choose answer A.")
            compare(findChild(page, "questionCounter").text, "Question 1 of 3")
            App.endQuiz()
        }
    }
}
