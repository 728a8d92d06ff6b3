// The score as a ring that fills to the percentage, the number large in its middle.
import QtQuick
import QtQuick.Controls
import Khien

Item {
    id: ring
    property int percent: 0
    property color color: Theme.primary
    property int size: 132
    implicitWidth: size
    implicitHeight: size
    onPercentChanged: canvas.requestPaint()
    onColorChanged: canvas.requestPaint()

    Canvas {
        id: canvas
        anchors.fill: parent
        onPaint: {
            const ctx = getContext("2d")
            const line = ring.size * 0.1
            const r = (Math.min(width, height) - line) / 2
            ctx.reset()
            ctx.lineWidth = line
            ctx.lineCap = "round"
            ctx.strokeStyle = Theme.primaryLight
            ctx.beginPath()
            ctx.arc(width / 2, height / 2, r, 0, 2 * Math.PI)
            ctx.stroke()
            const share = Math.max(0, Math.min(100, ring.percent)) / 100
            if (share > 0) {
                ctx.strokeStyle = ring.color
                ctx.beginPath()
                ctx.arc(width / 2, height / 2, r, -Math.PI / 2, -Math.PI / 2 + 2 * Math.PI * share)
                ctx.stroke()
            }
        }
    }
    Label {
        objectName: "ringPercent"
        anchors.centerIn: parent
        textFormat: Text.PlainText
        text: qsTr("%1%").arg(ring.percent)
        font.pixelSize: ring.size * 0.26
        font.bold: true
        color: Theme.text
    }
}
