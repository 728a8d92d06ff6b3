// The sign-in page: a new profile with a full Vietnamese name is created, selected and listed.
import QtQuick
import QtTest
import Khien

Item {
    id: root
    width: 1000
    height: 720

    Component {
        id: pageComponent
        SignInPage {}
    }

    TestCase {
        name: "SignInPage"
        when: windowShown

        function test_createProfileWithVietnameseName() {
            App.language = "en"
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            verify(page)
            const before = App.trainees.count
            const create = findChild(page, "createButton")
            verify(!create.enabled, "no name yet")
            findChild(page, "nameField").text = "Trần Văn Đức"
            findChild(page, "groupField").text = "ATTT-01"
            verify(create.enabled)
            mouseClick(create)
            compare(App.traineeName, "Trần Văn Đức")
            compare(App.trainees.count, before + 1)
            let found = false
            for (let i = 0; i < App.trainees.count; ++i)
                found = found || (App.trainees.data(App.trainees.index(i, 0), TraineeListModel.NameRole) === "Trần Văn Đức" && App.trainees.data(App.trainees.index(i, 0), TraineeListModel.GroupRole) === "ATTT-01")
            verify(found)
        }

        function test_blankNameIsRefusedWithAMessage() {
            compare(App.createTrainee("   ", ""), "Please enter a name.")
        }
    }
}
