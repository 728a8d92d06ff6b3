// A white panel with a soft border: the building block of every page.
import QtQuick
import QtQuick.Controls

Pane {
    padding: Theme.margin
    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.border
    }
}
