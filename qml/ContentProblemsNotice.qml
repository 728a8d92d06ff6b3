// Lists content that could not be loaded (file:line: problem); hidden when all loaded.
import QtQuick
import Khien

Notice {
    kind: "warning"
    text: App.contentProblems.length > 0
          ? qsTr("Some course content could not be loaded and is not shown:") + "\n" + App.contentProblems.join("\n")
          : ""
}
