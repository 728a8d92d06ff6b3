// Single choice, multiple choice and true/false: one AnswerOption per option. Arrow keys move
// between the options (round the ends), Space chooses, Enter checks (QuizPage).
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    readonly property bool multiple: quiz !== null && quiz.questionType === "multiple"
    property var selection: []
    // What "Check answer" submits; null while nothing is chosen.
    readonly property var answer: selection.length > 0 ? selection : null
    readonly property bool touched: selection.length > 0

    function takeFocus() { focusOption(0) }
    function focusOption(i) {
        if (repeater.count > 0)
            repeater.itemAt((i + repeater.count) % repeater.count).takeFocus()
    }
    function toggle(optionId) {
        if (!multiple)
            selection = [optionId]
        else if (selection.indexOf(optionId) >= 0)
            selection = selection.filter(id => id !== optionId)
        else
            selection = selection.concat([optionId])
    }

    spacing: Theme.spacing
    Repeater {
        id: repeater
        model: root.quiz ? root.quiz.options : []
        delegate: AnswerOption {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            option: modelData
            multiple: root.multiple
            revealed: root.quiz !== null && root.quiz.showFeedback
            locked: root.quiz !== null && root.quiz.answered
            selected: locked ? modelData.chosen : root.selection.indexOf(modelData.optionId) >= 0
            onToggled: root.toggle(modelData.optionId)
            onStepRequested: (delta) => root.focusOption(index + delta)
        }
    }
}
