// A button that Enter activates as well as Space, so the whole app works from the keyboard.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Button {
    id: control
    Accessible.name: text
    // Plain text always: a button may carry a module title, a name or imported text.
    contentItem: Label {
        text: control.text
        font: control.font
        textFormat: Text.PlainText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        color: !control.enabled ? control.Material.hintTextColor
             : control.flat && control.highlighted ? control.Material.accentColor
             : control.highlighted ? control.Material.primaryHighlightedTextColor
             : control.Material.foreground
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
