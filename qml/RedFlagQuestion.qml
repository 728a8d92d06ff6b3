// A realistic message drawn from content data (SMS, e-mail, chat, web page or phone call);
// the trainee marks the parts that are warning signs, then sees each one explained.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

ColumnLayout {
    id: root
    property QuizView quiz
    readonly property bool locked: quiz !== null && quiz.answered
    readonly property bool revealed: quiz !== null && quiz.showFeedback
    readonly property string kind: quiz ? quiz.mockKind : ""
    readonly property var parts: quiz ? quiz.options : []
    property var marked: []
    // Marking nothing is a valid answer too (it finds no flags).
    readonly property var answer: marked
    readonly property bool touched: marked.length > 0

    // The first part of the mock (the one Tab reaches first inside it).
    function takeFocus() {
        const first = mock.nextItemInFocusChain(true)
        for (let p = first; p; p = p.parent)
            if (p === mock) { first.forceActiveFocus(); return }
        mock.forceActiveFocus()
    }
    function isMarked(id) { return locked ? (parts.find(p => p.optionId === id) || {}).chosen === true : marked.indexOf(id) >= 0 }
    function toggle(id) {
        marked = marked.indexOf(id) >= 0 ? marked.filter(m => m !== id) : marked.concat([id])
    }
    function partsWith(role) { return parts.filter(p => p.role === role) }

    spacing: Theme.spacing
    Label {
        textFormat: Text.PlainText
        text: qsTr("Click every part that looks suspicious (or Tab to it and press Space), then check.")
        visible: !root.locked
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Layout.fillWidth: true
    }

    // The mock: a phone or a window, depending on the kind.
    Rectangle {
        id: mock
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: root.kind === "sms" || root.kind === "chat" || root.kind === "call" ? Math.min(root.width, 420 * Math.min(Theme.textScale, 1.5)) : Math.min(root.width, 680 * Math.min(Theme.textScale, 1.5))
        implicitHeight: mockLayout.implicitHeight + 24
        radius: root.kind === "sms" || root.kind === "chat" || root.kind === "call" ? 24 : 8
        color: root.kind === "chat" ? Theme.mockChatBackground : Theme.mockBackground
        border.color: Theme.mockFrame
        border.width: 2
        Accessible.name: qsTr("Content to examine")

        ColumnLayout {
            id: mockLayout
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.top: parent.top
            anchors.margins: 12
            spacing: 8

            // Top: who sent it / the address bar / the caller.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: header.implicitHeight + 12
                radius: 6
                color: root.kind === "web" ? Theme.surface : (root.kind === "chat" ? Theme.mockChat : Theme.mockBar)
                border.color: root.kind === "web" ? Theme.mockFrame : "transparent"
                RowLayout {
                    id: header
                    anchors.fill: parent
                    anchors.margins: 6
                    spacing: 6
                    Label {
                        textFormat: Text.PlainText
                        text: root.kind === "web" ? "🔒" : root.kind === "call" ? qsTr("Incoming call") : root.kind === "email" ? qsTr("From:") : ""
                        visible: text.length > 0
                        color: root.kind === "chat" ? Theme.textOnPrimary : Theme.textMuted
                        font.pixelSize: Theme.fontSmall
                    }
                    Repeater {
                        model: root.partsWith(root.kind === "web" ? "address" : "sender")
                        delegate: MockPart {
                            required property var modelData
                            part: modelData
                            Layout.fillWidth: true
                            bold: root.kind !== "web"
                            ink: root.kind === "chat" ? Theme.textOnPrimary : Theme.text
                            marked: root.isMarked(modelData.optionId)
                            locked: root.locked
                            revealed: root.revealed
                            onToggled: root.toggle(modelData.optionId)
                        }
                    }
                }
            }
            Repeater {
                model: root.partsWith("subject")
                delegate: MockPart {
                    required property var modelData
                    part: modelData
                    Layout.fillWidth: true
                    bold: true
                    marked: root.isMarked(modelData.optionId)
                    locked: root.locked
                    revealed: root.revealed
                    onToggled: root.toggle(modelData.optionId)
                }
            }
            // The message itself: a bubble for sms/chat, lines for a call, a page otherwise.
            Rectangle {
                Layout.fillWidth: true
                implicitHeight: body.implicitHeight + 16
                radius: root.kind === "sms" || root.kind === "chat" ? 16 : 4
                color: Theme.surface
                border.color: Theme.border
                ColumnLayout {
                    id: body
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.top: parent.top
                    anchors.margins: 8
                    spacing: 2
                    Repeater {
                        model: root.parts.filter(p => p.role === "body" || p.role === "link" || p.role === "button")
                        delegate: MockPart {
                            required property var modelData
                            part: modelData
                            Layout.fillWidth: modelData.role !== "button"
                            Layout.alignment: modelData.role === "button" ? Qt.AlignHCenter : Qt.AlignLeft
                            marked: root.isMarked(modelData.optionId)
                            locked: root.locked
                            revealed: root.revealed
                            onToggled: root.toggle(modelData.optionId)
                        }
                    }
                }
            }
        }
    }

    // After checking: every red flag and every false alarm, explained.
    Repeater {
        model: root.revealed ? root.parts.filter(p => p.correct || p.chosen) : []
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall + 1
            color: Theme.text
            // Plain text: content must never be read as markup.
            textFormat: Text.PlainText
            text: (modelData.correct ? (modelData.chosen ? qsTr("Found") : qsTr("Missed"))
                                     : qsTr("Not a warning sign")) + ": “" + modelData.text + "”" + (modelData.explanation ? " — " + modelData.explanation : "")
        }
    }
}
