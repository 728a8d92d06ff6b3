// A drop-down whose shown value is a plain label. Qt 6.4's default content item, a read-only
// text field, reaches screen readers as an unnamed text box inside the named drop-down.
import QtQuick
import QtQuick.Controls

ComboBox {
    id: box
    contentItem: Label {
        textFormat: Text.PlainText
        leftPadding: 12
        rightPadding: box.indicator ? box.indicator.width + box.spacing : 0
        text: box.displayText
        font: box.font
        color: Theme.text
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
        Accessible.ignored: true
    }
}
