// The question-bank import page shows an import's report as plain text: what was imported,
// what was skipped and what was imported with warnings, by line and question, in both
// languages. (The import itself is tested in tests/core and tests/e2e.)
import QtQuick
import QtTest
import Khien
import KhienTest

Item {
    id: root
    width: 1280
    height: 760

    Component { id: pageComponent; GiftImportPage {} }

    TestCase {
        name: "MoodleImportPage"
        when: windowShown

        function test_reportIsShownAsPlainText() {
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            const summary = findChild(page, "importSummary")
            const warnings = findChild(page, "importWarnings")
            verify(!summary.visible)
            verify(!warnings.visible)
            page.report = {
                error: "",
                summary: "8 questions imported into the module \"moodle\".",
                skipped: ["line 78 (essay): \"essay\" questions are not a type Khiên can play",
                          "line 86 (<b>cloze</b>): \"multianswer\" questions are not a type Khiên can play"],
                warnings: ["line 8 (otp-call): its image was saved as lessons/images/moodle-otp-call-1.png in the pack; questions show text only"]
            }
            wait(0)
            verify(summary.visible)
            verify(summary.text.indexOf("line 78 (essay)") > 0)
            verify(warnings.visible)
            verify(warnings.text.indexOf("moodle-otp-call-1.png") > 0)
            for (const lang of ["en", "vi"]) {
                App.language = lang
                wait(0)
                waitForRendering(page)
                if (TestEnv.screenshotDir.length > 0)
                    grabImage(page).save(TestEnv.screenshotDir + "/moodle-import-" + lang + ".png")
            }
            App.language = "en"
        }
    }
}
