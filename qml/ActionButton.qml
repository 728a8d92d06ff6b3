// A button that Enter activates as well as Space, so the whole app works from the keyboard.
import QtQuick
import QtQuick.Controls

Button {
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
