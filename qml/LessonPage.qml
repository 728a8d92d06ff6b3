// A lesson: Markdown from the content pack, its sources, and "done". Links are shown but
// only opened after the trainee confirms: a safety app does not follow links blindly.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    required property string moduleId
    required property string lessonId
    signal done()

    readonly property lessonContent body: App.lessonBody(moduleId, lessonId, App.language)

    title: body.title
    StackView.onActivated: flick.forceActiveFocus()
    background: Rectangle { color: Theme.background }

    Flickable {
        id: flick
        objectName: "lessonFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        clip: true
        focus: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        Accessible.name: qsTr("Lesson text")

        function scrollBy(dy) {
            contentY = Math.max(0, Math.min(contentHeight - height, contentY + dy))
        }
        KeyNavigation.tab: readLesson.visible ? readLesson : doneButton
        Keys.onUpPressed: scrollBy(-60)
        Keys.onDownPressed: scrollBy(60)
        Keys.onPressed: (event) => {
            if (event.key === Qt.Key_PageDown || event.key === Qt.Key_Space) scrollBy(height * 0.9)
            else if (event.key === Qt.Key_PageUp) scrollBy(-height * 0.9)
            else if (event.key === Qt.Key_Home) contentY = 0
            else if (event.key === Qt.Key_End) contentY = Math.max(0, contentHeight - height)
            else return
            event.accepted = true
        }

        ColumnLayout {
            id: column
            width: Theme.columnWidth(flick.width)
            x: (flick.width - width) / 2
            y: Theme.margin
            spacing: Theme.margin

            Label {
                textFormat: Text.PlainText
                text: page.body.title
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Notice {
                Layout.fillWidth: true
                text: page.body.error
            }
            ReadAloudButton {
                id: readLesson
                objectName: "readLesson"
                html: true
                speech: page.body.segments.map(s => s.html).join("<br>")
                KeyNavigation.tab: doneButton
                KeyNavigation.backtab: flick
            }

            Card {
                Layout.fillWidth: true
                visible: page.body.markdown.length > 0
                // The lesson, with its key points (block quotes) drawn as boxes.
                Column {
                    width: parent.width
                    spacing: Theme.spacing
                    Repeater {
                        model: page.body.segments
                        delegate: Rectangle {
                            id: segment
                            required property lessonPart modelData
                            width: parent.width
                            height: segmentText.implicitHeight + (modelData.keyPoint ? 2 * Theme.spacing : 0)
                            radius: Theme.radius
                            color: modelData.keyPoint ? Theme.primaryLight : "transparent"
                            border.color: modelData.keyPoint ? Theme.primary : "transparent"
                            // A key point is a note around its text; a plain run is its text alone.
                            Accessible.role: Accessible.Note
                            Accessible.name: qsTr("Key point")
                            Accessible.ignored: !modelData.keyPoint
                            Text {
                                id: segmentText
                                objectName: segment.modelData.keyPoint ? "keyPoint" : "lessonText"
                                x: segment.modelData.keyPoint ? Theme.spacing : 0
                                y: segment.modelData.keyPoint ? Theme.spacing : 0
                                width: parent.width - 2 * x
                                // Built by Khiên from the lesson's Markdown, every author character
                                // escaped: the one place rich text is shown (lessonmarkdown.h).
                                text: segment.modelData.html
                                textFormat: Text.RichText
                                wrapMode: Text.Wrap
                                color: Theme.text
                                linkColor: Theme.primary
                                font.pixelSize: Theme.fontBody + 1
                                lineHeight: 1.25
                                onLinkActivated: (link) => linkDialog.ask(link)
                                HoverHandler {
                                    cursorShape: segmentText.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                                }
                            }
                        }
                    }
                }
            }

            Card {
                Layout.fillWidth: true
                visible: page.body.sources.length > 0
                ColumnLayout {
                    width: parent.width
                    spacing: 6
                    Label {
                        textFormat: Text.PlainText
                        text: qsTr("Sources")
                        font.pixelSize: Theme.fontLarge
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: page.body.sources
                        delegate: Label {
                            textFormat: Text.PlainText
                            required property lessonSource modelData
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textMuted
                            //: A lesson source: %1 title, %2 publisher, %3 address, %4 date it was read
                            text: qsTr("%1 — %2. %3 (read %4)").arg(modelData.title).arg(modelData.publisher)
                                  .arg(modelData.url).arg(modelData.read)
                        }
                    }
                }
            }

            ActionButton {
                id: doneButton
                objectName: "lessonDone"
                Layout.alignment: Qt.AlignRight
                text: qsTr("I have read this lesson")
                highlighted: true
                enabled: page.body.markdown.length > 0
                Accessible.name: text
                onClicked: {
                    App.markLessonRead(page.moduleId, page.lessonId)
                    page.done()
                }
            }
            Item { Layout.preferredHeight: Theme.margin }
        }
    }

    Dialog {
        id: linkDialog
        property string link: ""
        function ask(url) { link = url; open() }
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, 520 * Math.min(Theme.textScale, 1.5))
        enter: Transition { NumberAnimation { property: "opacity"; from: 0; to: 1; duration: Theme.animate ? 150 : 0 } }
        exit: Transition { NumberAnimation { property: "opacity"; from: 1; to: 0; duration: Theme.animate ? 150 : 0 } }
        modal: true
        title: qsTr("Open a web page?")
        footer: DialogButtonBox {
            ActionButton {
                text: qsTr("Cancel")
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
            }
            ActionButton {
                text: qsTr("Open in browser")
                DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
            }
        }
        Label {
            textFormat: Text.PlainText
            width: parent.width
            wrapMode: Text.WrapAnywhere
            text: qsTr("This link leads to:\n%1\n\nCheck the address before you open it. It opens in your web browser.").arg(linkDialog.link)
        }
        onAccepted: Qt.openUrlExternally(link)
    }
}
