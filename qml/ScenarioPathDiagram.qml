// A scenario's path as a small diagram: each step met is a numbered node, each choice taken
// an edge to the next node, coloured and named by how good it was; the ending is a shield
// whose glyph and word (not its colour alone) say the outcome.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: diagram
    // ResultView.scenarios' entry: {prompt, outcome, endingSummary, nodes, edges}
    property var path: ({})
    readonly property int markerWidth: Theme.scaled(44)
    spacing: 0

    function qualityColor(q) {
        return q === "good" ? Theme.success : q === "risky" ? Theme.warning : q === "bad" ? Theme.danger : Theme.primary
    }
    function qualityWord(q) {
        return q === "good" ? qsTr("good choice") : q === "risky" ? qsTr("risky choice")
             : q === "bad" ? qsTr("bad choice") : ""
    }
    function outcomeWord(o) {
        return o === "good" ? qsTr("Good ending") : o === "mixed" ? qsTr("Mixed ending") : qsTr("Bad ending")
    }
    function outcomeColor(o) {
        return o === "good" ? Theme.success : o === "mixed" ? Theme.warning : Theme.danger
    }

    Repeater {
        objectName: "pathNodes"
        model: diagram.path.nodes || []
        delegate: ColumnLayout {
            id: step
            required property var modelData
            required property int index
            readonly property var edge: (diagram.path.edges || [])[step.index] // the choice leaving this node
            Layout.fillWidth: true
            spacing: 0

            // The node: a numbered disc for a step, a shield for the ending.
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.preferredWidth: diagram.markerWidth
                    Layout.preferredHeight: step.modelData.ending ? 44 : 32
                    Layout.alignment: Qt.AlignTop
                    Rectangle {
                        visible: !step.modelData.ending
                        anchors.centerIn: parent
                        width: Theme.scaled(32)
                        height: width
                        radius: width / 2
                        color: Theme.primary
                        Label {
                            anchors.centerIn: parent
                            textFormat: Text.PlainText
                            text: step.index + 1
                            color: Theme.textOnPrimary
                            font.bold: true
                            font.pixelSize: Theme.fontBody
                        }
                    }
                    SvgIcon {
                        visible: step.modelData.ending
                        anchors.centerIn: parent
                        name: step.modelData.ending ? "ending-" + step.modelData.outcome : ""
                        size: 44
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: step.modelData.ending ? "pathEnding" : ""
                        visible: step.modelData.ending
                        textFormat: Text.PlainText
                        text: diagram.outcomeWord(step.modelData.outcome)
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: diagram.outcomeColor(step.modelData.outcome)
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: step.modelData.text
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                        Layout.topMargin: step.modelData.ending ? 0 : 5
                    }
                    Label {
                        visible: step.modelData.ending && (diagram.path.endingSummary || "").length > 0
                        textFormat: Text.PlainText
                        text: diagram.path.endingSummary || ""
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        font.italic: true
                        color: Theme.textMuted
                        Layout.fillWidth: true
                    }
                }
            }

            // The edge: a line down to the next node, with the choice taken beside it.
            RowLayout {
                visible: step.edge !== undefined
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item {
                    Layout.preferredWidth: diagram.markerWidth
                    Layout.fillHeight: true
                    Layout.minimumHeight: 36
                    Rectangle {
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.top: parent.top
                        anchors.bottom: arrow.top
                        width: 4
                        color: diagram.qualityColor(step.edge ? step.edge.quality : "")
                    }
                    Label {
                        id: arrow
                        anchors.horizontalCenter: parent.horizontalCenter
                        anchors.bottom: parent.bottom
                        textFormat: Text.PlainText
                        text: "▼"
                        font.pixelSize: Theme.scaled(12)
                        color: diagram.qualityColor(step.edge ? step.edge.quality : "")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    Layout.topMargin: 6
                    Layout.bottomMargin: 6
                    implicitHeight: choiceText.implicitHeight + 12
                    radius: Theme.radius
                    color: Theme.background
                    border.color: diagram.qualityColor(step.edge ? step.edge.quality : "")
                    Label {
                        id: choiceText
                        objectName: "pathChoice"
                        anchors.fill: parent
                        anchors.margins: 6
                        anchors.leftMargin: 10
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        text: !step.edge ? ""
                              : diagram.qualityWord(step.edge.quality).length > 0
                                ? qsTr("You chose: %1 (%2)").arg(step.edge.choice).arg(diagram.qualityWord(step.edge.quality))
                                : qsTr("You chose: %1").arg(step.edge.choice)
                    }
                }
            }
        }
    }
}
