// Projector mode: a module shown to the whole room, one large slide at a time, the answers
// revealed on command. Content only: no trainee names, scores or answers appear here.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtQuick.Window
import Khien

Page {
    id: page
    property string moduleId: ""
    property int index: 0
    property bool revealed: false
    property real fit: 1 // shrinks the type when a slide would not fit
    property int windowedVisibility: Window.Windowed

    readonly property var modules: App.instructor.availableModules.all // of moduleChoice
    readonly property ProjectorDeckModel deck: ProjectorDeckModel {
        moduleId: page.moduleId
        language: App.language
    }
    readonly property int slideCount: deck.count
    // deck.count, not slideCount: its change signal comes with every reload, a new language too.
    readonly property var slide: deck.count > 0 ? deck.slide(Math.min(index, deck.count - 1)) : null
    readonly property bool canReveal: slide !== null && (slide.reveal.length > 0 || slide.lines.some(l => l.correct))
    readonly property real scale: Math.max(0.6, Math.min(1.6, height / 900))
    readonly property real unit: scale * fit
    readonly property var questionIds: deck.questionIds

    title: qsTr("Projector mode")
    Material.accent: Theme.primary
    background: Rectangle { color: page.slide ? "white" : Theme.background }
    StackView.onActivated: slide ? view.forceActiveFocus() : forceActiveFocus()
    Component.onDestruction: if (Window.window && Window.window.visibility === Window.FullScreen) Window.window.visibility = windowedVisibility
    Connections {
        target: page.deck
        function onSlidesChanged() { page.index = Math.min(page.index, Math.max(0, page.deck.count - 1)); page.refit() }
    }
    onIndexChanged: refit()
    onRevealedChanged: refit()
    onWidthChanged: refit()
    onHeightChanged: refit()

    function present(id) { moduleId = id; index = 0; revealed = false; view.forceActiveFocus() }
    function go(to) { const n = Math.max(0, Math.min(slideCount - 1, to)); if (n !== index) { revealed = false; index = n } }
    function toggleReveal() { if (canReveal) revealed = !revealed }
    function toggleFullScreen() {
        const w = Window.window
        if (!w) return
        if (w.visibility === Window.FullScreen) w.visibility = windowedVisibility
        else { windowedVisibility = w.visibility; w.visibility = Window.FullScreen }
    }
    // Shrinks the type step by step, once the layout has settled, until the slide fits.
    function refit() { fit = 1; fitTimer.restart() }
    function shrinkToFit() {
        const room = view.height - 2 * view.pad, need = content.implicitHeight
        if (slide && room > 0 && need > room + 1 && fit > 0.8) {
            fit = Math.max(0.8, fit * Math.sqrt(room / need) * 0.97)
            fitTimer.restart()
        }
    }
    Timer { id: fitTimer; interval: 10; onTriggered: page.shrinkToFit() }
    // Ordering items and matching answers are shown out of order until the reveal.
    function scrambled(n) {
        const order = []
        for (let i = 1; i < n; i += 2) order.push(i)
        for (let i = 0; i < n; i += 2) order.push(i)
        return order
    }
    readonly property var typeHints: ({ single: qsTr("Choose one answer"), multiple: qsTr("Choose all that apply"),
        truefalse: qsTr("True or false?"), ordering: qsTr("Put the steps in order"),
        matching: qsTr("Match each item with its answer"), redflags: qsTr("Find the warning signs"),
        shortanswer: qsTr("Type your answer"), numeric: qsTr("Type a number"), missingword: qsTr("Choose the missing word") })
    function eyebrow(s, i) {
        if (!s) return ""
        if (s.kind === "title") return qsTr("Module")
        if (s.kind === "lesson") return s.context === s.heading ? qsTr("Lesson") : s.context
        const q = qsTr("Question %1 of %2").arg(questionIds.indexOf(s.questionId) + 1).arg(questionIds.length)
        if (s.kind === "question") return q + "  ·  " + (typeHints[s.questionType] || "")
        let step = 1, later = 0
        for (let k = i - 1; k >= 0 && deck.slide(k).questionId === s.questionId; --k) ++step
        for (let k = i + 1; k < slideCount && deck.slide(k).questionId === s.questionId; ++k) ++later
        return q + "  ·  " + qsTr("Scenario, step %1 of %2").arg(step).arg(step + later)
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_F && slide) toggleFullScreen()
        else if (event.key === Qt.Key_Escape && Window.window && Window.window.visibility === Window.FullScreen) toggleFullScreen()
        else if (!slide) { event.accepted = false; return }
        else if (event.key === Qt.Key_Right || event.key === Qt.Key_Space || event.key === Qt.Key_PageDown) go(index + 1)
        else if (event.key === Qt.Key_Left || event.key === Qt.Key_PageUp) go(index - 1)
        else if (event.key === Qt.Key_Home) go(0)
        else if (event.key === Qt.Key_End) go(slideCount - 1)
        else if (event.key === Qt.Key_R) toggleReveal()
        else if (event.key === Qt.Key_Down) view.flick(0, -1200)
        else if (event.key === Qt.Key_Up) view.flick(0, 1200)
        else { event.accepted = false; return }
        event.accepted = true
    }

    // 1. Choosing the module.
    ScrollView {
        objectName: "modulePicker"
        anchors.fill: parent
        visible: !page.slide
        contentWidth: availableWidth
        ColumnLayout {
            width: Theme.columnWidth(parent.width)
            x: (parent.width - width) / 2
            spacing: Theme.spacing
            Item { Layout.preferredHeight: Theme.spacing }
            Label { textFormat: Text.PlainText; text: qsTr("Projector mode"); font.pixelSize: Theme.fontTitle; font.bold: true; color: Theme.text }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Choose a module to present to the whole room. Slides show the lessons and the quiz questions in large type; answers appear only when you reveal them. No trainee names or scores are shown.")
                wrapMode: Text.Wrap; color: Theme.text; font.pixelSize: Theme.fontBody; Layout.fillWidth: true
            }
            Repeater {
                model: page.modules
                delegate: ActionButton {
                    id: moduleButton
                    required property var modelData
                    objectName: "module_" + modelData.moduleId
                    text: modelData.title
                    font { pixelSize: Theme.fontLarge; capitalization: Font.MixedCase }
                    topInset: 0; bottomInset: 0; Layout.fillWidth: true
                    onClicked: page.present(modelData.moduleId)
                    contentItem: RowLayout {
                        spacing: Theme.spacing
                        Image {
                            source: moduleButton.modelData.iconUrl
                            visible: moduleButton.modelData.iconUrl.toString().length > 0
                            sourceSize { width: 40; height: 40 }
                            Layout.preferredWidth: 40; Layout.preferredHeight: 40
                            Accessible.ignored: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: moduleButton.text
                            font: moduleButton.font; color: Theme.text; elide: Text.ElideRight
                            verticalAlignment: Text.AlignVCenter
                            Layout.fillWidth: true
                        }
                    }
                    background: Rectangle {
                        implicitHeight: 64; radius: Theme.radius
                        color: moduleButton.down ? Theme.primaryLight : moduleButton.hovered ? "#eaf4f5" : Theme.surface
                        border { color: moduleButton.visualFocus ? Theme.primary : Theme.border; width: moduleButton.visualFocus ? 2 : 1 }
                    }
                }
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("Keys while presenting: → or Space next, ← previous, R reveal answers, F full screen, Esc leave full screen.")
                wrapMode: Text.Wrap; color: Theme.textMuted; font.pixelSize: Theme.fontSmall; Layout.fillWidth: true
            }
        }
    }

    // 2. The slides.
    Flickable {
        id: view
        readonly property real pad: 40 * page.scale
        anchors { top: parent.top; left: parent.left; right: parent.right; bottom: controls.top }
        visible: page.slide !== null
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * pad
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: view.contentHeight > view.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff }

        ColumnLayout {
            id: content
            x: view.pad
            y: view.pad
            width: view.width - 2 * view.pad
            spacing: 20 * page.unit
            readonly property var s: page.slide || { kind: "", heading: "", body: "", lines: [], reveal: "", questionType: "", keyPoint: false }

            Label {
                textFormat: Text.PlainText
                objectName: "slideEyebrow"
                text: page.eyebrow(page.slide, page.index)
                font.pixelSize: 22 * page.unit; font.bold: true; color: Theme.primary
                wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Image {
                objectName: "slideIcon"
                readonly property url icon: (page.modules.find(m => m.moduleId === page.moduleId) || {}).iconUrl || ""
                visible: content.s.kind === "title" && icon.toString().length > 0
                source: visible ? icon : ""
                sourceSize { width: 160 * page.unit; height: 160 * page.unit }
                Layout.preferredWidth: 160 * page.unit; Layout.preferredHeight: 160 * page.unit
                Accessible.ignored: true
            }
            Label {
                textFormat: Text.PlainText
                objectName: "slideHeading"
                text: content.s.heading
                readonly property int words: text.split(/\s+/).length
                // A scenario's prompt sets the scene; its step, below, is what the room reads.
                readonly property bool scene: content.s.kind === "scenario"
                font.pixelSize: (content.s.kind === "title" ? 60 : scene ? 26 : content.s.kind === "lesson" || words <= 14 ? 48
                                 : words <= 30 ? 40 : 34) * page.unit
                font.bold: !scene; font.italic: scene; color: scene ? "#33434b" : "#0d1b21"
                wrapMode: Text.Wrap; lineHeight: 1.1; Layout.fillWidth: true
            }
            Rectangle {
                Layout.fillWidth: true
                visible: content.s.body.length > 0
                implicitHeight: bodyText.implicitHeight + 2 * bodyText.y
                color: content.s.keyPoint ? Theme.primaryLight : "transparent"
                border { color: Theme.primary; width: content.s.keyPoint ? 4 : 0 }
                radius: Theme.radius
                Text {
                    id: bodyText; objectName: "slideBody"
                    x: content.s.keyPoint ? 24 * page.unit : 0; y: x
                    width: parent.width - 2 * x
                    text: content.s.body
                    textFormat: content.s.kind === "lesson" ? Text.RichText : Text.PlainText
                    font.pixelSize: (content.s.kind === "scenario" ? 32 : 30) * page.unit; color: "#111111"; linkColor: Theme.primary
                    font.weight: content.s.kind === "scenario" ? Font.DemiBold : Font.Normal
                    wrapMode: Text.Wrap; lineHeight: 1.2
                }
            }
            Label {
                textFormat: Text.PlainText
                visible: content.s.kind === "title" && content.s.lines.length > 0
                text: qsTr("In this module you will:")
                font.pixelSize: 26 * page.unit; font.bold: true; color: Theme.primary
            }
            Repeater {
                model: content.s.questionType === "ordering" && !page.revealed ? page.scrambled(content.s.lines.length)
                                                                              : content.s.lines.map((l, i) => i)
                delegate: Rectangle {
                    id: line
                    required property int modelData; required property int index
                    readonly property var item: content.s.lines[modelData] || { text: "", correct: false, note: "" }
                    readonly property bool shownCorrect: page.revealed && item.correct
                    readonly property bool matching: content.s.questionType === "matching"
                    readonly property real pad: (content.s.kind === "title" ? 4 : 14) * page.unit
                    objectName: "line_" + index
                    Layout.fillWidth: true
                    implicitHeight: Math.max(marker.implicitHeight, lineText.implicitHeight
                                             + (note.visible ? note.implicitHeight + 4 : 0)) + 2 * pad
                    radius: Theme.radius
                    color: shownCorrect ? "#dcf1e2" : content.s.kind === "title" ? "transparent" : "#f3f5f6"
                    border { color: shownCorrect ? "#0d6b2c" : "#b9c3c8"; width: content.s.kind === "title" ? 0 : shownCorrect ? 4 : 2 }
                    Accessible.name: (shownCorrect ? qsTr("Correct:") + " " : "") + lineText.text
                    Label {
                        textFormat: Text.PlainText
                        id: marker
                        x: line.pad * 1.5; y: line.pad
                        text: content.s.kind === "title" ? "•" : line.matching || content.s.questionType === "ordering" && page.revealed
                              ? (line.modelData + 1) + "." : String.fromCharCode(65 + line.index)
                        font.pixelSize: 28 * page.unit; font.bold: true; color: Theme.primary
                    }
                    Label {
                        textFormat: Text.PlainText
                        objectName: "correctMark"
                        visible: line.shownCorrect
                        anchors { left: marker.left; leftMargin: 40 * page.unit; top: marker.top }
                        text: "✓"; font.pixelSize: 30 * page.unit; font.bold: true; color: "#0d6b2c"
                    }
                    Label {
                        textFormat: Text.PlainText
                        id: lineText
                        x: marker.x + (content.s.kind === "title" ? 40 : 76) * page.unit; y: line.pad
                        width: line.width - x - line.pad * 2
                        text: line.item.text + (line.matching && page.revealed ? "  →  " + line.item.note : "")
                        font.pixelSize: 28 * page.unit; font.bold: line.shownCorrect
                        color: "#111111"; wrapMode: Text.Wrap; lineHeight: 1.1
                    }
                    Label {
                        textFormat: Text.PlainText
                        id: note; objectName: "lineNote"
                        anchors { left: lineText.left; right: lineText.right; top: lineText.bottom; topMargin: 4 }
                        visible: page.revealed && !line.matching && line.item.note.length > 0; text: line.item.note
                        font.pixelSize: 21 * page.unit; color: "#33434b"; wrapMode: Text.Wrap
                    }
                }
            }
            Flow {
                id: pool
                Layout.fillWidth: true
                visible: content.s.questionType === "matching" && !page.revealed
                spacing: 12 * page.unit
                Repeater {
                    model: content.s.questionType === "matching" ? page.scrambled(content.s.lines.length) : []
                    delegate: Label {
                        textFormat: Text.PlainText
                        required property int modelData; required property int index
                        text: String.fromCharCode(65 + index) + "   " + content.s.lines[modelData].note
                        width: Math.min(implicitWidth, pool.width); wrapMode: Text.Wrap; padding: 10 * page.unit
                        font.pixelSize: 26 * page.unit; color: "#111111"
                        background: Rectangle { color: "white"; border.color: Theme.primary; border.width: 2; radius: Theme.radius }
                    }
                }
            }
            Rectangle {
                objectName: "revealBox"
                Layout.fillWidth: true
                visible: page.revealed && content.s.reveal.length > 0
                implicitHeight: revealColumn.implicitHeight + 40 * page.unit
                color: Theme.warningLight; border.color: Theme.accent; border.width: 3; radius: Theme.radius
                Column {
                    id: revealColumn
                    x: 20 * page.unit; y: x; width: parent.width - 2 * x
                    spacing: 6 * page.unit
                    Label { textFormat: Text.PlainText; text: qsTr("Why"); font.pixelSize: 24 * page.unit; font.bold: true; color: "#7a3d00" }
                    Label { textFormat: Text.PlainText; width: parent.width; text: content.s.reveal; wrapMode: Text.Wrap; font.pixelSize: 24 * page.unit; color: "#111111"; lineHeight: 1.15 }
                }
            }
        }
    }

    RowLayout {
        id: controls
        visible: page.slide !== null
        anchors { left: parent.left; right: parent.right; bottom: parent.bottom; margins: 12 * page.scale }
        spacing: 12 * page.scale
        height: visible ? implicitHeight : 0
        ActionButton {
            objectName: "modulesButton"; text: qsTr("Modules"); flat: true; focusPolicy: Qt.NoFocus; font.pixelSize: 17 * page.scale
            onClicked: { page.moduleId = ""; page.revealed = false; page.forceActiveFocus() }
        }
        ActionButton {
            text: qsTr("Full screen"); flat: true; focusPolicy: Qt.NoFocus; font.pixelSize: 17 * page.scale
            onClicked: page.toggleFullScreen()
        }
        Item { Layout.fillWidth: true }
        ActionButton {
            objectName: "previousButton"; text: "‹ " + qsTr("Previous"); enabled: page.index > 0
            focusPolicy: Qt.NoFocus; font.pixelSize: 20 * page.scale
            onClicked: page.go(page.index - 1)
        }
        Label {
            textFormat: Text.PlainText
            objectName: "slideCounter"
            text: (page.index + 1) + " / " + page.slideCount
            font.pixelSize: 22 * page.scale; font.bold: true; color: Theme.text
            Layout.minimumWidth: 90 * page.scale; horizontalAlignment: Text.AlignHCenter
        }
        ActionButton {
            objectName: "revealButton"; text: page.revealed ? qsTr("Hide answers") : qsTr("Reveal answers")
            enabled: page.canReveal; highlighted: true; Material.elevation: 0; focusPolicy: Qt.NoFocus; font.pixelSize: 20 * page.scale
            onClicked: page.toggleReveal()
        }
        ActionButton {
            objectName: "nextButton"; text: qsTr("Next") + " ›"; enabled: page.index < page.slideCount - 1
            highlighted: true; Material.elevation: 0; focusPolicy: Qt.NoFocus; font.pixelSize: 20 * page.scale
            onClicked: page.go(page.index + 1)
        }
    }
}
