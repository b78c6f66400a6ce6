import ArticleModel
import Intake
import Testing

@Test func headerBlockGivesTitleDateAndSource() {
    let a = PlainText.parse("Title: Talks\nDate: 2019-01-16\nSource: https://example.org/x\n\nKono met Lavrov.\n")
    #expect(a.title == "Talks")
    #expect(a.date?.description == "2019-01-16")
    #expect(a.source == "https://example.org/x")
    #expect(a.body == "Kono met Lavrov.\n")
}

@Test func textWithoutHeaderIsAllBody() {
    let text = "Note: this is body text\nKono met Lavrov.\n"
    #expect(PlainText.parse(text).body == text)
    #expect(PlainText.parse(text).title == nil)
}
