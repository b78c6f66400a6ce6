import Extraction
import Testing

// "The Prime Minister also met C" where two people of the article are prime ministers: the
// title means the one the report follows as the subject of its encounters, not no one (which
// left the people listed after the verb meeting each other). Own sentences and invented names.

@Test func aSharedTitleAsSubjectIsThePersonTheReportFollows() {
    let text = """
        Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula on Monday.
        The two discussed fisheries and a new air link.
        Officials said a trade agreement could follow.
        Fiji hopes to export more sugar to Samoa.
        Both sides praised the warm ties.
        The Prime Minister also met three other leaders, King Tupou of Tonga, Vanuatu's Prime Minister Jotham Nalau and Tuvalu's Prime Minister Kofe Teo.
        """
    let pairs = Set(extract(text, published: "2022-04-05").meetings.map { Set($0.participants) })
    #expect(pairs == [["Arnold Tavita", "Josefa Rokobula"], ["Arnold Tavita", "Tupou"], ["Arnold Tavita", "Jotham Nalau"], ["Arnold Tavita", "Kofe Teo"]])
}

@Test func aTitleNoOneOfTheReportHoldsNamesNoOne() {
    let text = """
        Samoan Prime Minister Arnold Tavita met Fijian Prime Minister Josefa Rokobula on Monday.
        The President also met Tongan Foreign Minister Sione Fifita.
        """
    let pairs = Set(extract(text, published: "2022-04-05").meetings.map { Set($0.participants) })
    #expect(!pairs.contains { $0.contains("Arnold Tavita") && $0.contains("Sione Fifita") })
}
