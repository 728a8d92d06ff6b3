// The glossary: every term in both languages, searchable with or without Vietnamese accents.
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Khien

Page {
    id: page
    title: qsTr("Glossary")
    background: Rectangle { color: Theme.background }
    StackView.onActivated: search.forceActiveFocus()

    ColumnLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.margins: Theme.margin
        width: Theme.columnWidth(parent.width)
        spacing: Theme.spacing

        Label {
            textFormat: Text.PlainText
            text: qsTr("Glossary")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        TextField {
            id: search
            objectName: "glossarySearch"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentWidth
            placeholderText: qsTr("Search, e.g. OTP, lừa đảo, lua dao")
            text: App.glossary.query
            onTextChanged: App.glossary.query = text
            Accessible.name: qsTr("Search the glossary")
            KeyNavigation.down: list
        }
        Label {
            textFormat: Text.PlainText
            visible: list.count === 0
            text: App.glossary.query.length > 0 ? qsTr("No term matches “%1”.").arg(App.glossary.query)
                                                : qsTr("The loaded courses have no glossary.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
        ListView {
            id: list
            objectName: "glossaryList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: Theme.contentWidth
            clip: true
            spacing: 8
            model: App.glossary
            keyNavigationEnabled: true
            activeFocusOnTab: count > 0 // an empty list is no place to stop
            Accessible.name: qsTr("Glossary terms")
            ScrollBar.vertical: ScrollBar {}
            delegate: Card {
                id: term
                required property string name
                required property string otherName
                required property string definition
                width: ListView.view.width
                padding: Theme.spacing + 4
                Accessible.name: name + ". " + definition
                ColumnLayout {
                    width: parent.width
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing
                        Label {
                            textFormat: Text.PlainText
                            text: term.name
                            font.pixelSize: Theme.fontBody + 1
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            textFormat: Text.PlainText
                            text: term.otherName
                            font.pixelSize: Theme.fontSmall
                            font.italic: true
                            color: Theme.textMuted
                        }
                    }
                    Label {
                        textFormat: Text.PlainText
                        text: term.definition
                        wrapMode: Text.Wrap
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                }
            }
        }
    }
}
