// Projector mode: placeholder until it lands.
import QtQuick
import QtQuick.Controls

Page {
    title: qsTr("Projector mode")
}
