// A bar beside the button that started slow work on App.instructor.task (a passphrase check,
// an export, an import): moving while one of `operations` runs, hidden otherwise.
import QtQuick
import QtQuick.Controls
import Khien

ProgressBar {
    id: bar
    // The task operations this bar follows, e.g. ["exportClass"].
    property var operations: []
    readonly property BackgroundTask task: App.instructor.task
    visible: task.busy && operations.indexOf(task.operation) >= 0
    indeterminate: task.progress < 0
    value: Math.max(0, task.progress)
    Accessible.name: qsTr("Working…")
}
