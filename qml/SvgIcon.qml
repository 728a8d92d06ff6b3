// An SVG icon rasterised at the size it is shown, so it stays crisp: one of the app's own
// (name: a file of qml/icons/) or a module's (source: from its content pack). Decorative:
// the text beside it always says the same thing, so screen readers skip it.
import QtQuick

Image {
    property string name: ""
    property int size: 32
    source: name.length > 0 ? "qrc:/icons/" + name + ".svg" : ""
    width: size
    height: size
    sourceSize.width: size
    sourceSize.height: size
    fillMode: Image.PreserveAspectFit
    Accessible.ignored: true
}
