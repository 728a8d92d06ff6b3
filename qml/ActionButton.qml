// A button that Enter activates as well as Space, so the whole app works from the keyboard,
// except one that leaves or destroys (`enterActivates: false`): Enter pressed to go on must
// never do that; Space and a click still do.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

Button {
    id: control
    property bool enterActivates: true
    Accessible.name: text
    // A screen reader's "press" (Qt 6.4's controls ignore it by themselves).
    Accessible.onPressAction: if (enabled) clicked()
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
    Keys.onReturnPressed: if (enterActivates) clicked()
    Keys.onEnterPressed: if (enterActivates) clicked()
}
