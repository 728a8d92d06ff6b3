// Item analysis of one module's quiz over the class: per question the share answering right
// (as a bar), the wrong option most chosen, and how well the question separates strong from
// weak trainees.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: tab
    readonly property InstructorController instructor: App.instructor
    // Read with the dashboard, for the module chosen below.
    readonly property ItemAnalysisModel items: instructor.itemAnalysis
    // Rows exist for every question; nobody in the class has answered any of them yet.
    readonly property bool noAnswers: !items.answered
    signal sessionsRequested()
    readonly property var locale: Qt.locale(App.language === "vi" ? "vi_VN" : "en_GB")
    spacing: Theme.spacing

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        ChoiceBox {
            id: moduleChoice
            // Entries are names and titles: drawn as plain text (TextDelegate).
            delegate: TextDelegate {
                required property string title
                required property int index
                width: ListView.view.width
                text: title
                highlighted: moduleChoice.highlightedIndex === index
            }
            objectName: "itemsModule"
            Layout.preferredWidth: 420
            model: tab.instructor.dashboardModules
            textRole: "title"
            valueRole: "moduleId"
            Accessible.name: qsTr("Module")
            onCurrentValueChanged: if (currentValue) tab.instructor.itemAnalysisModuleId = currentValue
            // The list is rebuilt when the language changes: keep the module the instructor chose.
            property string chosen: ""
            onActivated: chosen = currentValue
            // A reset of the list (another language, another class) leaves no entry chosen.
            function keepChosen() {
                if (count > 0)
                    currentIndex = Math.max(0, indexOfValue(chosen))
            }
            Connections {
                target: tab.instructor.dashboardModules
                function onModelReset() { Qt.callLater(moduleChoice.keepChosen) }
            }
        }
        Label {
            textFormat: Text.PlainText
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: qsTr("Discrimination: how much more often the strongest 27% of trainees got the question right than the weakest 27% (−1 to 1). Below %1, the question does not tell them apart; below 0, check it for a mistake.").arg(Number(0.2).toLocaleString(tab.locale, "f", 1))
        }
    }

    Card {
        objectName: "noItems"
        visible: tab.noAnswers
        Layout.fillWidth: true
        EmptyState {
            width: parent.width
            icon: "empty-items"
            text: qsTr("Once trainees of this class answer this module's quiz, each question shows here: how many got it right and which wrong answer drew them. No answers yet.")
            buttonText: qsTr("Plan a session with this module")
            onActivated: tab.sessionsRequested()
        }
    }

    ListView {
        objectName: "itemList"
        visible: !tab.noAnswers
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        spacing: Theme.spacing
        model: tab.items
        // One Tab stop; arrows go from question to question and scroll.
        activeFocusOnTab: count > 0
        keyNavigationEnabled: true
        Accessible.name: qsTr("Questions")
        ScrollBar.vertical: ScrollBar {}
        delegate: Card {
            id: item
            required property int position
            required property string text
            required property int respondents
            required property real sharePercent
            required property string wrongText
            required property int wrongCount
            required property string wrongTyped
            required property real discrimination
            width: ListView.view.width - 16
            ColumnLayout {
                width: parent.width
                spacing: 6
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    text: item.position + ". " + item.text
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Rectangle {
                        Layout.preferredWidth: 260
                        Layout.preferredHeight: 18
                        radius: 3
                        color: Theme.dangerLight
                        border.color: Theme.border
                        Rectangle {
                            width: parent.width * item.sharePercent / 100
                            height: parent.height
                            radius: 3
                            color: item.sharePercent >= 70 ? Theme.success : Theme.accent
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: item.respondents > 0
                              ? qsTr("%1% right (%n trainee(s))", "", item.respondents).arg(Format.number(item.sharePercent, App.language))
                              : qsTr("Nobody has answered yet")
                        color: Theme.text
                    }
                    Label {
                        textFormat: Text.PlainText
                        visible: item.respondents > 0
                        text: item.discrimination > -2
                              ? qsTr("Discrimination %1").arg(Number(item.discrimination).toLocaleString(tab.locale, "f", 2))
                              : qsTr("Discrimination: too few trainees")
                        color: item.discrimination > -2 && item.discrimination < 0.2 ? Theme.danger : Theme.textMuted
                    }
                }
                Label {
                    visible: item.wrongCount > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    textFormat: Text.PlainText
                    color: Theme.danger
                    text: item.wrongTyped !== ""
                          ? qsTr("Most common wrong answers (trainees): %1").arg(item.wrongTyped)
                          : qsTr("Most chosen wrong answer (%n trainee(s)): %1", "", item.wrongCount).arg(item.wrongText)
                }
            }
        }
    }
}
