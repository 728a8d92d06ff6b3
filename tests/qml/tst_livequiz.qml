// Khiên on a room PC in a live session, on the ordinary quiz page: a real paced session hosted
// by App.live on 127.0.0.1, a LiveQuizController joined to it; the waiting screen, a question
// rendered by its body, Check sending the answer (counted by the host), the reveal, a language
// switch mid-question re-sending the question, and the end with the score. Nothing of it is
// stored in this computer's history. With KHIEN_SCREENSHOT_DIR set, screenshots in both languages.
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
        QuizPage {}
    }
    Component {
        id: liveQuizComponent
        LiveQuizController { language: App.language }
    }

    TestCase {
        name: "LiveQuiz"
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
                wait(300) // the server re-sends the question in that language
                settle(item)
                grabImage(item).save(TestEnv.screenshotDir + "/livequiz-" + name + "-" + lang + ".png")
            }
            App.language = "en"
            wait(300)
            settle(item)
        }

        function initTestCase() {
            trainee = App.traineeId
            const passphrase = "a classroom passphrase"
            if (!App.instructor.passphraseSet)
                verify(App.instructor.setPassphrase(passphrase, passphrase))
            else
                verify(App.instructor.unlock(passphrase))
            tryVerify(() => App.instructor.unlocked, 10000)
            App.instructor.createClass("Lớp 10A room PC")
            classId = App.instructor.classId
            verify(classId.length > 0)
        }
        function cleanupTestCase() {
            App.live.stop()
            verify(App.instructor.deleteClass(classId))
            App.instructor.lock()
            App.selectTrainee(trainee)
            App.language = "en"
        }

        function test_joinError() {
            const quiz = createTemporaryObject(liveQuizComponent, root)
            verify(!quiz.join("http://127.0.0.1:80/x", "123456", "Lan"))
            verify(quiz.joinError.startsWith("Address"), quiz.joinError)
            verify(!quiz.join("127.0.0.1:80", "12a456", "Lan"))
            verify(quiz.joinError.startsWith("Code"), quiz.joinError)
        }

        function test_pacedQuestionCheckRevealEnd() {
            compare(App.live.start(classId, "alpha", true, "127.0.0.1"), "")
            const quiz = createTemporaryObject(liveQuizComponent, root)
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height, quiz: quiz })
            verify(quiz.join("127.0.0.1:" + App.live.port, App.live.code.slice(0, 3) + " " + App.live.code.slice(3), "Võ Thị Lan"))
            tryVerify(() => quiz.joined, 5000)
            tryCompare(App.live, "participants", 1, 5000)
            settle(page)
            verify(findChild(page, "waitingCard").visible, "waiting for the instructor's first question")
            compare(findChild(page, "questionCounter").text, "")
            shoot(page, "waiting")

            App.live.next()
            tryCompare(quiz, "questionIndex", 0, 5000)
            settle(page)
            verify(!findChild(page, "waitingCard").visible)
            const prompt = findChild(page, "prompt")
            verify(prompt.text.length > 0)
            compare(findChild(page, "questionCounter").text, "Question 1 of 3")
            const body = findChild(page, "questionBody").item
            verify(body !== null)
            compare(quiz.options.length, App.live.options.count)

            // Switching the language mid-question: the server sends the question again in it.
            const english = prompt.text
            App.language = "vi"
            tryVerify(() => prompt.text !== english, 5000)
            App.language = "en"
            tryCompare(prompt, "text", english, 5000)

            const first = findChild(body, "option_" + quiz.options[0].optionId)
            verify(first)
            mouseClick(first)
            const submit = findChild(page, "submitButton")
            verify(submit.enabled)
            shoot(page, "question")
            submit.clicked()
            tryVerify(() => quiz.answered, 5000)
            compare(quiz.sending, false)
            tryCompare(App.live, "answered", 1, 5000)
            verify(quiz.options[0].chosen)
            tryVerify(() => findChild(page, "waitingCard").visible, 5000)
            verify(!findChild(page, "nextButton").visible, "paced: the instructor moves on")
            verify(!quiz.showFeedback, "no feedback before the reveal")

            App.live.reveal()
            tryVerify(() => quiz.showFeedback, 5000)
            settle(page)
            const feedback = findChild(page, "feedbackText")
            verify(feedback.visible)
            verify(feedback.text.length > 0)
            verify(quiz.options.some(o => o.correct), "the right answer is marked")
            shoot(page, "reveal")

            // The rest unanswered; after the last, the end with the score.
            App.live.next()
            tryCompare(quiz, "questionIndex", 1, 5000)
            verify(!quiz.showFeedback)
            App.live.next()
            tryCompare(quiz, "questionIndex", 2, 5000)
            App.live.next()
            tryVerify(() => quiz.finished, 5000)
            settle(page)
            const end = findChild(page, "liveEnd")
            verify(end.visible)
            verify(findChild(end, "liveScore").text.indexOf("of 3") > 0, findChild(end, "liveScore").text)
            shoot(page, "end")
            App.live.stop()
        }

        // Self-paced: the server's feedback follows the ack, and the next question waits for
        // "Next question" (it has already come).
        function test_selfPacedFeedbackThenNext() {
            compare(App.live.start(classId, "alpha", false, "127.0.0.1"), "")
            const quiz = createTemporaryObject(liveQuizComponent, root)
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height, quiz: quiz })
            verify(quiz.join("http://127.0.0.1:" + App.live.port + "/#c=" + App.live.code, "", "Đặng Văn Hùng"))
            tryCompare(quiz, "questionIndex", 0, 5000)
            settle(page)
            const body = findChild(page, "questionBody").item
            mouseClick(findChild(body, "option_" + quiz.options[0].optionId))
            findChild(page, "submitButton").clicked()
            tryVerify(() => quiz.showFeedback, 5000)
            settle(page)
            verify(findChild(page, "feedbackText").visible)
            verify(quiz.feedbackText.length > 0)
            wait(200) // the next question arrives meanwhile, and is held
            compare(quiz.questionIndex, 0)
            const next = findChild(page, "nextButton")
            verify(next.visible)
            next.clicked()
            tryCompare(quiz, "questionIndex", 1, 5000)
            verify(!quiz.showFeedback)
            verify(!quiz.answered)
            App.live.stop()
        }
    }
}
