// Colours, spacing and type used across Khiên: calm, high-contrast, readable on old screens.
// The person's display settings (App.display) choose the palette (standard or high
// contrast), multiply every font size by the text scale (100-200 %) and turn motion off.
pragma Singleton
import QtQuick
import Khien

QtObject {
    readonly property real textScale: App.display.textScale
    readonly property bool highContrast: App.display.highContrast
    // Gates every animation and transition: off when the person asked for no motion.
    readonly property bool animate: !App.display.reduceMotion

    // Two palettes with the same names; contrastPairs below lists what is drawn on what.
    readonly property var standardPalette: ({
        primary: "#0b5d66", primaryLight: "#d7ecee", textOnPrimary: "#ffffff", textOnPrimaryMuted: "#cfe6e8",
        accent: "#a0520f", focusRing: "#c2410c", background: "#f4f6f7", surface: "#ffffff",
        border: "#d5dcdf", controlBorder: "#6b7a80", text: "#1d2a30", textMuted: "#53636b",
        success: "#1e7b3c", successLight: "#e3f3e8", danger: "#b3261e", dangerLight: "#fbe9e7",
        warning: "#9a5a00", warningLight: "#fff4e0",
        mockLink: "#1a55b0", mockButton: "#1a73e8", mockChat: "#0068ff", mockChatBackground: "#e8f0fe",
        mockBackground: "#f7f7f8", mockBar: "#e4e7ea", mockFrame: "#9aa5ab", mockMarked: "#ffe8cc"
    })
    // Black on white, a near-black teal for the bars, yellow for what is chosen or marked:
    // every text pair at least 7:1.
    readonly property var highContrastPalette: ({
        primary: "#00363d", primaryLight: "#fff27a", textOnPrimary: "#ffffff", textOnPrimaryMuted: "#ffffff",
        accent: "#7a3e00", focusRing: "#b00020", background: "#ffffff", surface: "#ffffff",
        border: "#000000", controlBorder: "#000000", text: "#000000", textMuted: "#1f1f1f",
        success: "#005a1e", successLight: "#dcf5e0", danger: "#8b0000", dangerLight: "#ffe5e5",
        warning: "#5c3a00", warningLight: "#fff0c2",
        mockLink: "#0b3d91", mockButton: "#0b3d91", mockChat: "#0b3d91", mockChatBackground: "#ffffff",
        mockBackground: "#ffffff", mockBar: "#ffffff", mockFrame: "#000000", mockMarked: "#fff27a"
    })
    readonly property var palette: highContrast ? highContrastPalette : standardPalette

    readonly property color primary: palette.primary
    readonly property color primaryLight: palette.primaryLight
    readonly property color textOnPrimary: palette.textOnPrimary           // text on the header and filled buttons
    readonly property color textOnPrimaryMuted: palette.textOnPrimaryMuted // the header's tagline
    readonly property color accent: palette.accent
    // The keyboard focus ring (FocusFollower.qml); a white line inside it keeps it visible
    // on the teal header.
    readonly property color focusRing: palette.focusRing
    readonly property color background: palette.background
    readonly property color surface: palette.surface
    readonly property color border: palette.border                 // card outlines (decoration)
    readonly property color controlBorder: palette.controlBorder   // outlines of answers and fields
    readonly property color text: palette.text
    readonly property color textMuted: palette.textMuted
    readonly property color success: palette.success
    readonly property color successLight: palette.successLight
    readonly property color danger: palette.danger
    readonly property color dangerLight: palette.dangerLight
    readonly property color warningLight: palette.warningLight
    readonly property color warning: palette.warning  // mixed scenario endings, risky choices
    // The red-flag mocks imitate real apps' colours (RedFlagQuestion.qml, MockPart.qml).
    readonly property color mockLink: palette.mockLink
    readonly property color mockButton: palette.mockButton
    readonly property color mockChat: palette.mockChat
    readonly property color mockChatBackground: palette.mockChatBackground
    readonly property color mockBackground: palette.mockBackground
    readonly property color mockBar: palette.mockBar
    readonly property color mockFrame: palette.mockFrame
    readonly property color mockMarked: palette.mockMarked

    // Every foreground/background pair the pages draw, with the WCAG 2.2 AA minimum it needs:
    // 4.5 for text, 3 for large text (>= 24 px, or >= 18.66 px bold) and for control borders,
    // indicators and the focus ring (tst_contrast.qml checks both palettes).
    function contrastPairs() {
        const p = palette
        const pairs = []
        function add(what, fg, bg, minimum) { pairs.push({ what: what, fg: fg, bg: bg, minimum: minimum }) }
        for (const bg of ["background", "surface", "primaryLight", "successLight", "dangerLight", "warningLight"]) {
            add("text on " + bg, p.text, p[bg], 4.5)
            add("textMuted on " + bg, p.textMuted, p[bg], 4.5)
        }
        for (const fg of ["primary", "success", "danger", "warning", "accent"])
            for (const bg of ["background", "surface"])
                add(fg + " text on " + bg, p[fg], p[bg], 4.5)
        add("primary on primaryLight", p.primary, p.primaryLight, 4.5)
        add("success on successLight", p.success, p.successLight, 4.5)
        add("danger on dangerLight", p.danger, p.dangerLight, 4.5)
        add("warning on warningLight", p.warning, p.warningLight, 4.5)
        add("header text", p.textOnPrimary, p.primary, 4.5)
        add("header tagline", p.textOnPrimaryMuted, p.primary, 4.5)
        for (const bg of ["background", "surface", "primaryLight"]) {
            add("control border on " + bg, p.controlBorder, p[bg], 3)
            add("focus ring on " + bg, p.focusRing, p[bg], 3)
        }
        add("focus ring's white line on the header", p.textOnPrimary, p.primary, 3)
        add("mock link", p.mockLink, p.surface, 4.5)
        add("mock button label", p.textOnPrimary, p.mockButton, 4.5)
        add("mock chat bubble", p.textOnPrimary, p.mockChat, 4.5)
        for (const bg of ["mockChatBackground", "mockBackground", "mockBar", "mockMarked"]) {
            add("text on " + bg, p.text, p[bg], 4.5)
            add("textMuted on " + bg, p.textMuted, p[bg], 4.5)
        }
        return pairs
    }

    readonly property int spacing: 12
    readonly property int margin: 24
    readonly property int radius: 8
    // One width rule for every page: content at most contentWidth wide, centred; on a
    // narrower window, the full width less the margins. Wider with larger text.
    readonly property int contentWidth: Math.round(960 * Math.min(textScale, 1.4))
    function columnWidth(available) { return Math.max(0, Math.min(available - 2 * margin, contentWidth)) }

    function scaled(size) { return Math.round(size * textScale) }
    readonly property int fontSmall: scaled(13)
    readonly property int fontBody: scaled(15)
    readonly property int fontLarge: scaled(18)
    readonly property int fontTitle: scaled(24)
    readonly property int fontControl: scaled(14)  // the window font every control inherits
}
