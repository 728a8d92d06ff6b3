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
        // Projector mode's full screen shows the slide alone (Esc leaves full screen).
        visible: window.visibility !== Window.FullScreen
        canGoBack: stack.depth > 1
        onBackRequested: window.goBack()
        onHomeRequested: window.showStart()
        onHistoryRequested: if (!(stack.currentItem instanceof HistoryPage)) stack.push(historyPage)
        onGlossaryRequested: if (!(stack.currentItem instanceof GlossaryPage)) stack.push(glossaryPage)
        onInstructorRequested: if (stack.currentItem.objectName !== "instructorGate") window.showInstructorGate()
    }

    // Damage found by the check at start, or a restore just done.
    footer: Notice {
        objectName: "databaseNotice"
        error: App.database.damage.length > 0
        text: App.database.damage.length > 0 ? App.database.damage : App.database.notice
        TapHandler {
            enabled: App.database.damage.length === 0
            onTapped: App.database.dismissNotice()
        }
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
            window.showInstructorHome()
        else if (App.traineeId.length === 0)
            stack.replace(null, signInPage)
        else
            stack.replace(null, homePage)
    }

    // Instructor screens are loaded by URL when first opened, not with the window: trainees
    // (most starts) never pay for compiling them, nor for the dialogs they import.
    function page(file) { return Qt.resolvedUrl(file) }
    function showInstructorGate() {
        stack.push(page("InstructorGatePage.qml"))
    }
    function showInstructorHome() {
        const home = stack.replace(null, page("InstructorHomePage.qml"))
        home.classOpened.connect(() => {
            const cls = stack.push(page("ClassPage.qml"))
            cls.classDeleted.connect(() => stack.pop())
            cls.traineeOpened.connect((traineeId) => {
                const trainee = stack.push(page("InstructorTraineePage.qml"), { traineeId: traineeId })
                trainee.reviewRequested.connect((attemptId) =>
                    stack.push(reviewPage, { attemptId: attemptId, traineeName: trainee.traineeName }))
            })
        })
        home.projectorRequested.connect(() => stack.push(page("ProjectorPage.qml")))
        home.importRequested.connect(() => stack.push(page("GiftImportPage.qml")))
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
        id: homePage
        HomePage {
            onModuleOpened: (moduleId) => stack.push(modulePage, { moduleId: moduleId })
            onPracticeStarted: stack.push(quizPage)
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
            onLessonRequested: (moduleId, lessonId) => stack.push(lessonPage, { moduleId: moduleId, lessonId: lessonId })
        }
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
            onModulesRequested: window.showStart()
        }
    }
}
