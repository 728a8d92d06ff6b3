// The window: header, and a stack of pages that follows who is signed in.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Khien

ApplicationWindow {
    id: window
    width: 1280
    height: 760
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    title: qsTr("Khiên – Digital Shield")
    color: Theme.background
    font.capitalization: Font.MixedCase

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    header: AppHeader {
        canGoBack: stack.depth > 1
        onBackRequested: window.goBack()
        onHomeRequested: window.showStart()
        onHistoryRequested: if (!(stack.currentItem instanceof HistoryPage)) stack.push(historyPage)
        onGlossaryRequested: if (!(stack.currentItem instanceof GlossaryPage)) stack.push(glossaryPage)
        onInstructorRequested: if (!(stack.currentItem instanceof InstructorGatePage)) stack.push(instructorGatePage)
    }

    function goBack() {
        if (stack.currentItem && stack.currentItem.leave)
            stack.currentItem.leave()   // the quiz page ends its quiz on the way out
        else if (stack.depth > 1)
            stack.pop()
    }

    function showStart() {
        if (App.storageProblem.length > 0)
            stack.replace(null, storageProblemPage)
        else if (App.instructor.unlocked)
            stack.replace(null, instructorHomePage)
        else if (App.traineeId.length === 0)
            stack.replace(null, signInPage)
        else
            stack.replace(null, homePage)
    }

    Connections {
        target: App
        function onTraineeChanged() { window.showStart() }
        function onStorageChanged() { window.showStart() }
    }
    Connections {
        target: App.instructor
        function onLockChanged() { window.showStart() }
    }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        Component.onCompleted: window.showStart()
        Keys.onEscapePressed: (event) => {
            if (stack.depth > 1) {
                window.goBack()
                event.accepted = true
            }
        }
    }

    Component {
        id: storageProblemPage
        StorageProblemPage {}
    }
    Component {
        id: signInPage
        SignInPage {}
    }
    Component {
        id: instructorGatePage
        InstructorGatePage {}
    }
    Component {
        id: instructorHomePage
        InstructorHomePage {
            onClassOpened: stack.push(classPage)
            onProjectorRequested: stack.push(projectorPage)
        }
    }
    Component {
        id: classPage
        ClassPage {
            onTraineeOpened: (traineeId) => stack.push(instructorTraineePage, { traineeId: traineeId })
        }
    }
    Component {
        id: instructorTraineePage
        InstructorTraineePage {
            onReviewRequested: (attemptId) => stack.push(reviewPage, { attemptId: attemptId, traineeName: traineeName })
        }
    }
    Component {
        id: projectorPage
        ProjectorPage {}
    }
    Component {
        id: homePage
        HomePage {
            onModuleOpened: (moduleId) => stack.push(modulePage, { moduleId: moduleId })
            onPracticeStarted: stack.push(quizPage)
            onImportRequested: stack.push(giftImportPage)
        }
    }
    Component {
        id: modulePage
        ModulePage {
            onLessonOpened: (moduleId, lessonId) => stack.push(lessonPage, { moduleId: moduleId, lessonId: lessonId })
            onQuizStarted: stack.push(quizPage)
        }
    }
    Component {
        id: lessonPage
        LessonPage {
            onDone: stack.pop()
        }
    }
    Component {
        id: quizPage
        QuizPage {
            quiz: App.quiz
            onLeave: {
                App.endQuiz()
                stack.pop()
            }
            onReviewRequested: (attemptId) => stack.push(reviewPage, { attemptId: attemptId })
        }
    }
    Component {
        id: giftImportPage
        GiftImportPage {}
    }
    Component {
        id: glossaryPage
        GlossaryPage {}
    }
    Component {
        id: reviewPage
        ReviewPage {}
    }
    Component {
        id: historyPage
        HistoryPage {
            onReviewRequested: (attemptId) => stack.push(reviewPage, { attemptId: attemptId })
        }
    }
}
