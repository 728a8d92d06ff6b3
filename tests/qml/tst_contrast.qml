// WCAG 2.2 AA from the theme itself: every text/background pair Theme.contrastPairs() lists,
// in the standard and the high-contrast palette, at least 4.5:1 for text and 3:1 for large
// text, control borders and the focus ring; the high-contrast palette at least 7:1 for text.
import QtQuick
import QtTest
import Khien

TestCase {
    name: "Contrast"

    function channel(c) { return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4) }
    function luminance(color) {
        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    }
    function ratio(fg, bg) {
        const a = luminance(fg), b = luminance(bg)
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05)
    }
    function failures(minimumFor) {
        const bad = []
        for (const pair of Theme.contrastPairs()) {
            const r = ratio(Qt.color(pair.fg), Qt.color(pair.bg))
            if (!(r >= minimumFor(pair))) // not a number fails too
                bad.push(pair.what + " " + pair.fg + " on " + pair.bg + ": " + r.toFixed(2) + ":1")
        }
        return bad
    }

    function cleanup() { App.display.highContrast = false }

    // The formula itself, on known values, so a wrong one cannot pass everything.
    function test_ratioFormula() {
        fuzzyCompare(ratio(Qt.color("#000000"), Qt.color("#ffffff")), 21, 0.01)
        fuzzyCompare(ratio(Qt.color("#777777"), Qt.color("#ffffff")), 4.48, 0.01)
        compare(ratio(Qt.color("#ffffff"), Qt.color("#ffffff")), 1)
    }

    function test_standardPalette() {
        App.display.highContrast = false
        verify(Theme.contrastPairs().length > 40)
        const bad = failures(pair => pair.minimum)
        compare(bad.length, 0, bad.join("; "))
    }

    function test_highContrastPalette() {
        App.display.highContrast = true
        compare(Theme.text, Qt.color("#000000"))
        const bad = failures(pair => pair.minimum >= 4.5 ? 7 : 3)
        compare(bad.length, 0, bad.join("; "))
    }

    // The switch takes effect at once, and the standard palette would not pass the
    // high-contrast bar (so that check is not empty).
    function test_switchIsLive() {
        App.display.highContrast = false
        const standard = Theme.primaryLight.toString()
        verify(failures(pair => pair.minimum >= 4.5 ? 7 : 3).length > 0)
        App.display.highContrast = true
        verify(Theme.primaryLight.toString() !== standard)
    }
}
