// Keeps keyboard focus in sight, for the whole window at once: while the trainee works with
// the keyboard (InputMode), a two-tone ring (orange outside, white inside: visible on the
// white pages and on the teal header alike) is drawn around the focused control, and every
// Flickable or ScrollView around it scrolls so that the control is in view. In a list that
// takes focus as a whole (arrows move in it), the ring marks the current row.
// One per window: Main.qml has one, and so do the Qt Quick tests that look at focus.
import QtQuick
import Khien

Item {
    id: follower
    readonly property Item focused: Window.activeFocusItem
    // A list view with a current row: the ring goes around the row.
    readonly property Item target: focused && focused.currentItem !== undefined && focused.currentItem !== null
                                   && focused.highlightFollowsCurrentItem !== undefined
                                   ? focused.currentItem : focused
    readonly property bool showing: InputMode.keyboard && focused !== null && follower.wantsRing(focused)
    readonly property int margin: 16 // space kept between a revealed control and the edge
    readonly property alias ring: ring

    // Anything reached by Tab, and what a page gives focus to on its own (the first option,
    // "Next question"): controls that Tab would reach too.
    function wantsRing(item) {
        return item.activeFocusOnTab === true && item.visible && item.width > 0 && item.height > 0
    }

    // Scrolls every Flickable around `item` (innermost first) so the item is in view; an item
    // taller than the view shows its top.
    function reveal(item) {
        if (!item)
            return
        for (let p = item.parent; p; p = p.parent) {
            if (p.contentY === undefined || p.contentItem === undefined || p.flickableDirection === undefined)
                continue
            const pos = item.mapToItem(p.contentItem, 0, 0)
            if (p.contentHeight > p.height) {
                const top = pos.y - margin
                const bottom = pos.y + item.height + margin
                const minY = p.originY
                const maxY = p.originY + p.contentHeight - p.height
                if (top < p.contentY || item.height + 2 * margin > p.height)
                    p.contentY = Math.max(minY, Math.min(maxY, top))
                else if (bottom > p.contentY + p.height)
                    p.contentY = Math.max(minY, Math.min(maxY, bottom - p.height))
            }
            if (p.contentWidth > p.width) {
                const left = pos.x - margin
                const right = pos.x + item.width + margin
                const minX = p.originX
                const maxX = p.originX + p.contentWidth - p.width
                if (left < p.contentX || item.width + 2 * margin > p.width)
                    p.contentX = Math.max(minX, Math.min(maxX, left))
                else if (right > p.contentX + p.width)
                    p.contentX = Math.max(minX, Math.min(maxX, right - p.width))
            }
        }
    }
    function revealTarget() {
        if (showing)
            reveal(target)
    }

    // Layouts place a newly shown control a moment after it takes focus: reveal once now and
    // once more when they have settled.
    onTargetChanged: {
        revealTarget()
        settle.restart()
    }
    onShowingChanged: {
        revealTarget()
        settle.restart()
    }
    Timer {
        id: settle
        interval: 50
        onTriggered: follower.revealTarget()
    }

    Rectangle {
        id: ring
        objectName: "focusRing"
        // Drawn as a child of the focused control, so it moves and scrolls with it.
        parent: follower.showing && follower.target ? follower.target : follower
        visible: follower.showing
        readonly property bool large: parent && parent.height > 160
        anchors.fill: parent
        anchors.margins: large ? 2 : -4
        z: 1000
        radius: 6
        color: "transparent"
        border.width: 3
        border.color: Theme.focusRing
        Rectangle {
            anchors.fill: parent
            anchors.margins: ring.border.width
            radius: ring.radius - ring.border.width
            color: "transparent"
            border.width: 2
            border.color: Theme.textOnPrimary
        }
    }
}
