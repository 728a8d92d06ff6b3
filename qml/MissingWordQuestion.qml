// Missingword: the sentence with a drop-down list in its gap; the words wrap around it on a
// narrow window. Once answered, every word offered, marked, with why.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    // The word chosen for the gap, by id: the options list is rebuilt when the answer is
    // checked or the language changes, and the choice must survive that.
    property string chosenId: ""
    readonly property var chosenOption: (quiz ? quiz.options : []).find(o => o.optionId === chosenId) || null
    // What "Check answer" submits; null while no word is chosen.
    readonly property var answer: chosenId !== "" ? [chosenId] : null

    function takeFocus() { gap.forceActiveFocus() }
    function words(text) { return text.split(" ").filter(w => w.length > 0) }

    spacing: Theme.spacing

    TextMetrics {
        id: hint
        font: gap.font
        text: qsTr("(choose a word)")
    }

    Flow {
        id: sentence
        objectName: "missingWordSentence"
        Layout.fillWidth: true
        spacing: 6
        Repeater {
            model: root.quiz ? root.words(root.quiz.prompt) : []
            delegate: Label {
                required property string modelData
                textFormat: Text.PlainText
                text: modelData
                height: gap.height
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
        }
        ComboBox {
            id: gap
            objectName: "missingWordChoice"
            model: root.quiz ? root.quiz.options : []
            textRole: "text"
            enabled: root.quiz !== null && !root.quiz.answered
            // As wide as the widest word or the "(choose a word)" hint, never wider than the line.
            // (The content item pads its text inside the width it is given: 24 px spare.)
            width: Math.min(Math.max(implicitWidth, hint.advanceWidth + implicitWidth - implicitContentWidth + 24), sentence.width)
            implicitContentWidthPolicy: ComboBox.WidestText
            font.pixelSize: Theme.fontLarge
            displayText: root.chosenOption ? root.chosenOption.text : hint.text
            Accessible.name: qsTr("The missing word")
            onActivated: (index) => root.chosenId = model[index].optionId
            Component.onCompleted: {
                currentIndex = -1
                // Answered already (a language switch reloads the page): show the word chosen.
                const chosen = (root.quiz ? root.quiz.options : []).find(o => o.chosen)
                if (chosen)
                    root.chosenId = chosen.optionId
            }
        }
        Repeater {
            model: root.quiz ? root.words(root.quiz.promptAfter) : []
            delegate: Label {
                required property string modelData
                textFormat: Text.PlainText
                text: modelData
                height: gap.height
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontLarge
                color: Theme.text
            }
        }
    }

    Repeater {
        model: root.quiz !== null && root.quiz.showFeedback ? root.quiz.options : []
        delegate: AnswerOption {
            required property var modelData
            Layout.fillWidth: true
            option: modelData
            multiple: false
            revealed: true
            locked: true
            selected: modelData.chosen
        }
    }
}
