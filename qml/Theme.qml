// Colours, spacing and type used across Khiên: calm, high-contrast, readable on old screens.
pragma Singleton
import QtQuick

QtObject {
    readonly property color primary: "#0b5d66"
    readonly property color primaryLight: "#d7ecee"
    readonly property color accent: "#d9822b"
    // The keyboard focus ring (FocusFollower.qml), 5:1 on white; a white line inside it
    // keeps it visible on the teal header.
    readonly property color focusRing: "#c2410c"
    readonly property color background: "#f4f6f7"
    readonly property color surface: "#ffffff"
    readonly property color border: "#d5dcdf"
    readonly property color text: "#1d2a30"
    readonly property color textMuted: "#53636b"
    readonly property color success: "#1e7b3c"
    readonly property color successLight: "#e3f3e8"
    readonly property color danger: "#b3261e"
    readonly property color dangerLight: "#fbe9e7"
    readonly property color warningLight: "#fff4e0"
    readonly property color warning: "#9a5a00"  // mixed scenario endings, risky choices

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 8
    // One width rule for every page: content at most contentWidth wide, centred; on a
    // narrower window, the full width less the margins.
    readonly property int contentWidth: 960
    function columnWidth(available) { return Math.max(0, Math.min(available - 2 * margin, contentWidth)) }

    readonly property int fontSmall: 13
    readonly property int fontBody: 15
    readonly property int fontLarge: 18
    readonly property int fontTitle: 24
}
