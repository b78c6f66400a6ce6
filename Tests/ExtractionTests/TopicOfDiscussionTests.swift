import Extraction
import Testing

// "The two discussed the coming visit of President C": a name tied into the matter discussed by
// "of", "about", "regarding" was not at the encounter; one discussed "with" was. Own sentences
// and invented names.

@Test(arguments: [
    "Samoan Prime Minister Arnold Tavita met Fijian Foreign Minister Josefa Rokobula in Apia on Monday. During the meeting, both leaders held discussions on the coming visit of Fijian President Mele Vaka to Apia.",
    "Samoan Prime Minister Arnold Tavita met Fijian Foreign Minister Josefa Rokobula in Apia on Monday. The two discussed remarks about Tongan King Sione Tupou made last week.",
])
func aNameInTheMatterDiscussedTakesNoPart(_ text: String) {
    let f = extract(text, published: "2022-04-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
}

@Test func theOneDiscussedWithTakesPart() {
    let f = extract(
        "Samoan Prime Minister Arnold Tavita discussed the coming visit with Fijian Foreign Minister Josefa Rokobula in Apia on Monday.",
        published: "2022-04-05")
    #expect(f.meetings.map { Set($0.participants) } == [["Arnold Tavita", "Josefa Rokobula"]])
}
