// The Display dialog from the keyboard: the slider changes the text size at once (every
// Theme font follows), the switches turn high contrast and motion on and off, and with motion
// off the dialog appears without animation. Leaves the settings as it found them.
import QtQuick
import QtQuick.Controls
import QtTest
import Khien

Item {
    id: root
    width: 1024
    height: 600

    Component { id: dialogComponent; DisplaySettingsDialog {} }

    TestCase {
        name: "DisplayDialog"
        when: windowShown

        function cleanup() {
            App.display.textScale = 1.0
            App.display.highContrast = false
            App.display.reduceMotion = false
            App.display.readAloud = true
        }

        function openDialog() {
            const dialog = createTemporaryObject(dialogComponent, root)
            verify(dialog)
            dialog.open()
            tryVerify(() => dialog.opened)
            return dialog
        }

        function test_sliderByKeyboard() {
            App.display.textScale = 1.0
            compare(Theme.fontBody, 15)
            const dialog = openDialog()
            const slider = findChild(dialog.contentItem, "textScaleSlider")
            verify(slider.activeFocus, "the slider has the focus when the dialog opens")
            for (let i = 0; i < 5; ++i)
                keyClick(Qt.Key_Right)
            compare(App.display.textScale, 1.5)
            compare(Theme.fontBody, 23)   // 15 × 1.5, rounded
            compare(Theme.fontTitle, 36)
            for (let i = 0; i < 20; ++i)
                keyClick(Qt.Key_Right)
            compare(App.display.textScale, 2.0) // never past 200 %
            verify(findChild(dialog.contentItem, "systemTextScale").enabled)
            mouseClick(findChild(dialog.contentItem, "systemTextScale"))
            compare(App.display.textScale, App.display.systemTextScale)
            dialog.close()
        }

        function test_switches() {
            const dialog = openDialog()
            const contrast = findChild(dialog.contentItem, "highContrastSwitch")
            const motion = findChild(dialog.contentItem, "reduceMotionSwitch")
            const readAloud = findChild(dialog.contentItem, "readAloudSwitch")
            verify(Theme.animate)
            compare(dialog.enter.animations[0].duration, 150)
            mouseClick(contrast)
            verify(App.display.highContrast)
            compare(Theme.text, Qt.color("#000000"))
            mouseClick(motion)
            verify(App.display.reduceMotion)
            verify(!Theme.animate)
            compare(dialog.enter.animations[0].duration, 0)
            mouseClick(readAloud)
            verify(!App.display.readAloud)
            compare(App.display.saveProblem, "")
            dialog.close()
        }
    }
}
