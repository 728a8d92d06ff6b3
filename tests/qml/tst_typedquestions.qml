// Shortanswer, numeric and missingword questions, and a question without explanations, played
// on the real quiz page by keyboard and mouse, right and wrong; then the review.
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
        name: "TypedQuestions"
        when: windowShown

        function init() { App.language = "en" }

        function settle(page) {
            wait(0)
            waitForRendering(page)
        }
        function body(page) { return findChild(page, "questionBody").item }
        function type(text) {
            for (const c of text)
                keyClick(c)
        }
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
        function next(page) {
            mouseClick(findChild(page, "nextButton"))
            settle(page)
        }

        function test_typedAnswersThenReview() {
            verify(App.startQuiz("typed"))
            const attemptId = App.quiz.attemptId
            const page = createTemporaryObject(pageComponent, root,
                                               { quiz: App.quiz, width: root.width, height: root.height })
            verify(page)
            settle(page)

            // 1. Shortanswer, diacritics optional: typed without them, with punctuation and
            // in capitals; Enter in the field checks the answer.
            compare(App.quiz.questionType, "shortanswer")
            const field = findChild(page, "typedAnswerField")
            tryVerify(() => field.activeFocus, 1000, "the field takes the focus")
            verify(!findChild(page, "submitButton").enabled, "nothing typed yet")
            type("Mat-khau cua toi!")
            shoot(page, "shortanswer")
            keyClick(Qt.Key_Return)
            verify(App.quiz.answered)
            verify(App.quiz.lastCorrect)
            compare(findChild(page, "feedbackText").text, "Right!")
            verify(findChild(page, "acceptedAnswers").visible)
            compare(App.quiz.acceptedAnswers, ["password…", "code… (50% of the point)"])
            compare(findChild(page, "typedExplanation").text, "Nobody else may know your password.")
            verify(!findChild(page, "noExplanation").visible)
            shoot(page, "shortanswer-feedback")
            keyClick(Qt.Key_Return) // Enter again moves on
            settle(page)

            // 2. Shortanswer, case-sensitive: wrong case is wrong; the right answer is shown.
            compare(App.quiz.questionType, "shortanswer")
            findChild(page, "typedAnswerField").forceActiveFocus()
            type("vneid")
            mouseClick(findChild(page, "submitButton"))
            verify(App.quiz.answered)
            verify(!App.quiz.lastCorrect)
            compare(App.quiz.lastPoints, 0)
            compare(App.quiz.acceptedAnswers, ["VNeID"])
            compare(App.quiz.typedAnswer, "vneid")
            next(page)

            // 3. Numeric: text that is not a number is refused, not scored; then the number.
            compare(App.quiz.questionType, "numeric")
            findChild(page, "typedAnswerField").forceActiveFocus()
            type("156abc")
            mouseClick(findChild(page, "submitButton"))
            verify(!App.quiz.answered)
            verify(findChild(page, "quizError").text.indexOf("Type a number") === 0)
            compare(findChild(page, "typedAnswerField").text, "156abc", "kept, to be corrected")
            shoot(page, "numeric-refused")
            findChild(page, "typedAnswerField").clear()
            findChild(page, "typedAnswerField").forceActiveFocus()
            type("156")
            mouseClick(findChild(page, "submitButton"))
            verify(App.quiz.lastCorrect)
            compare(findChild(page, "quizError").text, "")
            next(page)

            // 4. Numeric with a comma, a partial answer worth half the point.
            findChild(page, "typedAnswerField").forceActiveFocus()
            type("5,0")
            shoot(page, "numeric")
            mouseClick(findChild(page, "submitButton"))
            compare(App.quiz.lastPoints, 0.5)
            compare(App.quiz.acceptedAnswers, ["2.5 ± 0.5", "5 (50% of the point)"])
            compare(findChild(page, "typedExplanation").text, "Some services allow 5 minutes.")
            shoot(page, "numeric-feedback")
            next(page)

            // 5. Missingword: the sentence around a drop-down; the wrong word by keyboard.
            compare(App.quiz.questionType, "missingword")
            verify(!findChild(page, "prompt").visible, "the sentence is the body")
            const gap = findChild(page, "missingWordChoice")
            compare(gap.displayText, "(choose a word)")
            verify(!findChild(page, "submitButton").enabled)
            gap.forceActiveFocus()
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            compare(body(page).answer, ["b"])
            compare(gap.displayText, "greeting")
            shoot(page, "missingword")
            mouseClick(findChild(page, "submitButton"))
            verify(App.quiz.answered)
            verify(!App.quiz.lastCorrect)
            compare(gap.displayText, "greeting", "the choice stays shown")
            compare(findChild(page, "explanation_a").text, "The OTP code is the key to your account.")
            verify(findChild(page, "explanation_b").visible)
            shoot(page, "missingword-feedback")
            next(page)

            // 6. A question the content does not explain says so after answering.
            compare(App.quiz.questionId, "no-explain")
            mouseClick(findChild(page, "option_a"))
            mouseClick(findChild(page, "submitButton"))
            verify(App.quiz.lastCorrect)
            verify(findChild(page, "noExplanation").visible)
            compare(findChild(page, "feedbackText").text, "Right!") // not "read why below each answer"
            verify(!findChild(page, "explanation_a").visible)
            compare(findChild(page, "noExplanation").text, "No explanation was given for this question.")
            shoot(page, "no-explanation")
            next(page)
            verify(App.quiz.finished)

            // The review, read back from the database.
            const review = createTemporaryObject(reviewComponent, root, { attemptId: attemptId, language: "en" })
            compare(review.count, 6)
            compare(review.item(0).lines[0].text, "You typed: Mat-khau cua toi!")
            compare(review.item(0).lines[0].mark, "right")
            compare(review.item(1).lines[0].mark, "wrong")
            compare(review.item(1).lines[0].detail, "Accepted answers: VNeID")
            compare(review.item(3).lines[0].text, "You typed: 5,0")
            compare(review.item(4).prompt, "Never read out the _____ code to a caller.")
            compare(review.item(4).lines[1].mark, "wrong")
            verify(review.item(4).explained)
            verify(!review.item(5).explained)
            App.endQuiz()
        }

        // A missing word on a narrow window: the sentence wraps, nothing runs off the side.
        function test_missingWordWraps() {
            verify(App.startQuiz("typed"))
            const page = createTemporaryObject(pageComponent, root, { quiz: App.quiz, width: 360, height: root.height })
            for (let i = 0; i < 4; ++i) {
                settle(page)
                findChild(page, "typedAnswerField").forceActiveFocus()
                type(App.quiz.questionType === "numeric" ? "1" : "x")
                mouseClick(findChild(page, "submitButton"))
                mouseClick(findChild(page, "nextButton"))
            }
            settle(page)
            compare(App.quiz.questionType, "missingword")
            const sentence = findChild(page, "missingWordSentence")
            verify(sentence.width <= 360)
            verify(sentence.height > findChild(page, "missingWordChoice").height * 1.5, "wraps onto several lines")
            shoot(page, "missingword-narrow")
            // Finished, so the next test starts a new attempt instead of resuming this one.
            for (const id of ["a", "a"]) {
                verify(App.quiz.submit([id]))
                App.quiz.next()
            }
            verify(App.quiz.finished)
            App.endQuiz()
        }
    }
}
