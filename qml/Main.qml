// The window: header, and a stack of pages that follows who is signed in.
pragma ComponentBehavior: Bound
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
    // Every control that sets no size of its own follows the person's text size.
    font.pixelSize: Theme.fontControl

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    header: AppHeader {
        // Projector mode's full screen shows the slide alone (Esc leaves full screen).
        visible: window.visibility !== Window.FullScreen
        canGoBack: stack.depth > 1
        onBackRequested: window.goBack()
        onHomeRequested: window.showStart()
        onHistoryRequested: if (!window.showing(window.historyPage)) window.showHistory()
        onGlossaryRequested: if (!window.showing(window.glossaryPage)) window.glossaryPage = window.push("GlossaryPage.qml")
        onInstructorRequested: if (stack.currentItem.objectName !== "instructorGate") window.showInstructorGate()
        onKeyboardHelpRequested: keyboardHelp.open()
        onDisplaySettingsRequested: displaySettings.open()
    }

    // Damage found by the check at start, or a restore just done.
    footer: Notice {
        objectName: "databaseNotice"
        kind: App.database.damage.length > 0 ? "error" : "success"
        text: App.database.damage.length > 0 ? App.database.damage : App.database.notice
        TapHandler {
            enabled: App.database.damage.length === 0
            onTapped: App.database.dismissNotice()
        }
    }

    function goBack() {
        if (stack.currentItem && stack.currentItem.requestLeave)
            stack.currentItem.requestLeave() // the quiz page asks first when a choice is unchecked
        else if (stack.currentItem && stack.currentItem.leave)
            stack.currentItem.leave()   // the quiz page ends its quiz on the way out
        else if (stack.depth > 1)
            stack.pop()
    }

    function inside(item, page) {
        for (let p = item; p; p = p.parent)
            if (p === page)
                return true
        return false
    }
    function focusFirstControl() {
        const page = stack.currentItem
        if (!page || (window.activeFocusItem !== page && inside(window.activeFocusItem, page)))
            return
        const first = page.nextItemInFocusChain(true)
        if (first && inside(first, page))
            first.forceActiveFocus(Qt.TabFocusReason)
    }

    function showStart() {
        if (App.storageProblem.length > 0)
            stack.replace(null, storageProblemPage)
        else if (App.instructor.unlocked)
            window.showInstructorHome()
        else if (App.traineeId.length === 0)
            stack.replace(null, signInPage)
        else
            window.showHome()
    }

    // Every page but the first is loaded by URL when first opened, not with the window: the
    // first frame (the sign-in page) does not wait for the quiz, lesson or instructor screens
    // to be compiled, nor for the dialogs they import.
    function page(file) { return Qt.resolvedUrl(file) }
    property Item historyPage: null  // null again once the page is popped and destroyed
    property Item glossaryPage: null
    function showing(item) { return item !== null && stack.currentItem === item }
    function push(file, properties) { return stack.push(page(file), properties || {}) }
    function showHome() {
        const home = stack.replace(null, page("HomePage.qml"))
        home.moduleOpened.connect((moduleId) => window.showModule(moduleId))
        home.practiceStarted.connect(() => window.showQuiz())
        home.liveJoinRequested.connect(() => window.showLiveJoin())
    }
    // A live session on this room's network: the join page, then its quiz on the quiz page
    // (the join page owns the live quiz; leaving either goes home).
    function showLiveJoin() {
        const join = window.push("LiveJoinPage.qml")
        join.joined.connect((liveQuiz) => {
            const quiz = window.push("QuizPage.qml", { quiz: liveQuiz })
            quiz.leave.connect(() => {
                liveQuiz.leave()
                window.showStart()
            })
        })
    }
    function showModule(moduleId) {
        const module = window.push("ModulePage.qml", { moduleId: moduleId })
        module.lessonOpened.connect((moduleId, lessonId) => window.showLesson(moduleId, lessonId))
        module.quizStarted.connect(() => window.showQuiz())
    }
    function showLesson(moduleId, lessonId) {
        const lesson = window.push("LessonPage.qml", { moduleId: moduleId, lessonId: lessonId })
        lesson.done.connect(() => stack.pop())
    }
    function showQuiz() {
        const quiz = window.push("QuizPage.qml", { quiz: App.quiz })
        quiz.leave.connect(() => {
            App.endQuiz()
            stack.pop()
        })
        quiz.reviewRequested.connect((attemptId) => window.showReview(attemptId, ""))
        quiz.lessonRequested.connect((moduleId, lessonId) => window.showLesson(moduleId, lessonId))
    }
    function showReview(attemptId, traineeName) {
        const properties = { attemptId: attemptId }
        if (traineeName.length > 0)
            properties.traineeName = traineeName
        return window.push("ReviewPage.qml", properties)
    }
    function showHistory() {
        const history = window.push("HistoryPage.qml")
        window.historyPage = history
        history.reviewRequested.connect((attemptId) => window.showReview(attemptId, ""))
        history.modulesRequested.connect(() => window.showStart())
    }
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
                trainee.reviewRequested.connect((attemptId) => window.showReview(attemptId, trainee.traineeName))
            })
        })
        home.projectorRequested.connect(() => stack.push(page("ProjectorPage.qml")))
        home.liveRequested.connect(() => stack.push(page("LiveSessionPage.qml")))
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

    // The read-aloud buttons follow the signed-in trainee's display setting (or the PC's).
    Binding { target: ReadAloud; property: "enabled"; value: App.display.readAloud }

    StackView {
        id: stack
        anchors.fill: parent
        focus: true
        // Material's slide and fade, or none when the person turned motion off.
        readonly property int motion: Theme.animate ? 200 : 0
        pushEnter: Transition {
            NumberAnimation { property: "x"; from: 0.5 * stack.width; to: 0; duration: stack.motion; easing.type: Easing.OutCubic }
            NumberAnimation { property: "opacity"; from: 0.0; to: 1.0; duration: stack.motion; easing.type: Easing.OutCubic }
        }
        pushExit: Transition {
            NumberAnimation { property: "x"; from: 0; to: -0.5 * stack.width; duration: stack.motion; easing.type: Easing.OutCubic }
            NumberAnimation { property: "opacity"; from: 1.0; to: 0.0; duration: stack.motion; easing.type: Easing.OutCubic }
        }
        popEnter: Transition {
            NumberAnimation { property: "x"; from: -0.5 * stack.width; to: 0; duration: stack.motion; easing.type: Easing.OutCubic }
            NumberAnimation { property: "opacity"; from: 0.0; to: 1.0; duration: stack.motion; easing.type: Easing.OutCubic }
        }
        popExit: Transition {
            NumberAnimation { property: "x"; from: 0; to: 0.5 * stack.width; duration: stack.motion; easing.type: Easing.OutCubic }
            NumberAnimation { property: "opacity"; from: 1.0; to: 0.0; duration: stack.motion; easing.type: Easing.OutCubic }
        }
        replaceEnter: pushEnter
        replaceExit: pushExit
        Component.onCompleted: window.showStart()
        onCurrentItemChanged: ReadAloud.stop() // a text is read on its own page only
        // A page that did not place the focus itself gets it on its first control, so the
        // keyboard never starts from nowhere (a page's own choice, made on activation, stays).
        onBusyChanged: if (!busy) Qt.callLater(window.focusFirstControl)
        Keys.onEscapePressed: (event) => {
            if (stack.depth > 1) {
                window.goBack()
                event.accepted = true
            }
        }
    }

    // The focus ring and scrolling to the focused control, for every page and dialog.
    FocusFollower {}
    KeyboardHelpDialog {
        id: keyboardHelp
        // Focus goes back where it was when the list closes.
        property Item returnTo: null
        onAboutToShow: returnTo = window.activeFocusItem
        onClosed: if (returnTo) returnTo.forceActiveFocus()
    }
    DisplaySettingsDialog {
        id: displaySettings
        property Item returnTo: null
        onAboutToShow: returnTo = window.activeFocusItem
        onClosed: if (returnTo) returnTo.forceActiveFocus()
    }
    // Text size from the keyboard, as in browsers: Ctrl+plus, Ctrl+minus, Ctrl+0 (the system's).
    Shortcut {
        sequences: ["Ctrl++", "Ctrl+="]
        context: Qt.ApplicationShortcut
        onActivated: App.display.textScale = App.display.textScale + 0.1
    }
    Shortcut {
        sequence: "Ctrl+-"
        context: Qt.ApplicationShortcut
        onActivated: App.display.textScale = App.display.textScale - 0.1
    }
    Shortcut {
        sequence: "Ctrl+0"
        context: Qt.ApplicationShortcut
        onActivated: App.display.textScale = App.display.systemTextScale
    }
    Shortcut {
        sequence: "F1"
        // The app has one window; a window-wide shortcut also misses F1 where no window
        // manager gives the window focus (kiosk sessions, Xvfb).
        context: Qt.ApplicationShortcut
        onActivated: keyboardHelp.open()
    }

    Component {
        id: storageProblemPage
        StorageProblemPage {}
    }
    Component {
        id: signInPage
        SignInPage {}
    }
}
