// A list row or drop-down entry whose text is shown as plain text. The stock delegates draw
// their text with Qt's AutoText, which treats a name like "<img src=…>" as markup; every
// row that can hold a name, a title or an imported text uses this one instead.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

ItemDelegate {
    id: control
    property bool wrap: false // long entries (answers to choose from) wrap; names elide
    // A screen reader's "press" (Qt 6.4's controls ignore it by themselves).
    Accessible.onPressAction: if (enabled) clicked()
    contentItem: Label {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        wrapMode: control.wrap ? Text.Wrap : Text.NoWrap
        elide: control.wrap ? Text.ElideNone : Text.ElideRight
        verticalAlignment: Text.AlignVCenter
        color: control.enabled ? control.Material.foreground : control.Material.hintTextColor
    }
}
