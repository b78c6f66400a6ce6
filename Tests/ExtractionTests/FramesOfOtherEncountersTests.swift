import Extraction
import Testing

// A report of an encounter with no named partner passes its day and place to the named talks
// that follow only when it can be those talks: not when the audience holds no office, and not
// when the party met is of another state. Own sentences and invented people.

@Test func aMeetingWithStudentsKeepsItsVenue() {
    let f = extract(
        """
        Prime Minister Jone Waqa arrived in Honiara on Monday. This evening he will meet the Fijian students studying at the Kukum Campus. \
        Prime Minister Jone Waqa will hold talks with Prime Minister Peter Kenilorea on Tuesday.
        """, published: "2012-05-28")
    #expect(f.meetings.map(\.place) == ["Honiara"])
    #expect(f.meetings.map(\.date) == [Day(iso: "2012-05-29")])
}

@Test func talksWithLeadersOfAnotherStateKeepTheirCity() {
    let f = extract(
        """
        Russian President Ivan Sokolov arrived in Kazakhstan on Thursday at the start of a tour, also due to include talks in Beijing with Chinese leaders. \
        At the start of talks at a new residence of Kazakh President Nursultan Nazarbayev, the two leaders said their ties were close.
        """, published: "2012-05-24")
    #expect(f.pairs == [["Ivan Sokolov", "Nursultan Nazarbayev"]])
    #expect(f.meetings.map(\.place) == [nil])
    #expect(f.meetings.map(\.status) == [.held])
}

/// Talks with counterparts of the same state as the person named next still frame them.
@Test func talksWithCounterpartsOfThatStateStillFrameTheNamedTalks() {
    let f = extract(
        "Foreign Minister Ana Duarte held talks in Lima with Peruvian officials on Monday. She first met Peruvian Foreign Minister Rafael Roncagliolo.",
        published: "2012-05-28")
    #expect(f.pairs == [["Ana Duarte", "Rafael Roncagliolo"]])
    #expect(f.meetings.map(\.place) == ["Lima"])
}

// "The two were to discuss ...", told of two people just reported meeting, is what their talks
// were for: one held encounter.
@Test func aPastPlanOfThePairJustReportedIsTheirTalks() {
    let f = extract(
        """
        President Ivan Sokolov held talks with President Aidos Serikbayev in Astana on Thursday. \
        The two were to discuss pipelines and the launch site, officials said earlier.
        """, published: "2012-05-24")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.map(\.status) == [.held])
    let plan = extract("President Ivan Sokolov was to meet President Aidos Serikbayev in Astana.", published: "2012-05-24")
    #expect(plan.meetings.map(\.status) == [.planned])
}
