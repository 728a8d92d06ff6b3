// A self-paced live session as it fills in: how many have joined, finished and answered, and,
// only when the instructor asks (their own screen, not the projector), each participant's
// progress by name.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: dashboard
    property var live: App.live
    spacing: Theme.spacing

    Label {
        objectName: "selfPacedSummary"
        textFormat: Text.PlainText
        text: qsTr("%n participant(s) joined", "", dashboard.live.participants) + "  ·  "
              + qsTr("%n answer(s) recorded", "", dashboard.live.answered)
        font.pixelSize: Theme.fontLarge
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Switch {
        id: showNames
        objectName: "showNames"
        text: qsTr("Show each participant's progress (names: not for the projector)")
        Accessible.name: text
        Layout.fillWidth: true
    }
    Repeater {
        model: showNames.checked ? dashboard.live.progress : null
        delegate: RowLayout {
            id: row
            required property string name
            required property int answered
            required property int correct
            required property bool finished
            required property bool connected
            Layout.fillWidth: true
            spacing: Theme.spacing
            Label {
                textFormat: Text.PlainText
                text: row.name
                elide: Text.ElideRight
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Layout.fillWidth: true
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1 of %2 answered, %3 right").arg(row.answered).arg(dashboard.live.questionCount).arg(row.correct)
                color: Theme.text
                font.pixelSize: Theme.fontBody
            }
            Label {
                textFormat: Text.PlainText
                text: row.finished ? "✓ " + qsTr("finished") : row.connected ? qsTr("connected") : "⚠ " + qsTr("disconnected")
                color: row.finished ? Theme.success : row.connected ? Theme.textMuted : Theme.warning
                font.pixelSize: Theme.fontBody
                Layout.preferredWidth: 160
            }
        }
    }
}
