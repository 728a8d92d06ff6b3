// The glossary page: typing filters the terms, accents optional, in the current language.
import QtQuick
import QtTest
import Khien

Item {
    id: root
    width: 900
    height: 700

    Component {
        id: pageComponent
        GlossaryPage {}
    }

    TestCase {
        name: "GlossaryPage"
        when: windowShown

        function test_searchWithoutAccents() {
            App.language = "vi"
            const page = createTemporaryObject(pageComponent, root, { width: root.width, height: root.height })
            const list = findChild(page, "glossaryList")
            compare(list.count, 3)
            findChild(page, "glossarySearch").text = "lua dao"
            compare(list.count, 1)
            compare(App.glossary.data(App.glossary.index(0, 0), GlossaryModel.NameRole), "Lừa đảo giả mạo (phishing)")
            compare(App.glossary.data(App.glossary.index(0, 0), GlossaryModel.OtherNameRole), "Phishing")
            App.language = "en"
            compare(App.glossary.data(App.glossary.index(0, 0), GlossaryModel.NameRole), "Phishing")
            findChild(page, "glossarySearch").text = "zzz"
            compare(list.count, 0)
            findChild(page, "glossarySearch").text = ""
            compare(list.count, 3)
        }
    }
}
