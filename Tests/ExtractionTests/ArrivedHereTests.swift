import Extraction
import Testing

// "A arrived here on Monday": a word of arrival before "here" places A in the dateline city, so
// A's later encounters with no place of their own are there. Without a dateline, "here" names no
// city. Own sentences.

@Test func arrivingHerePutsTheVisitInTheDatelineCity() {
    let body = """
        KATHMANDU - Prime Minister Lotay Tshering arrived here on Monday for a three-day visit.

        The two sides spoke of hydropower and tourism, officials said.

        Tshering called on President Bidya Devi Bhandari yesterday afternoon before flying home.
        """
    #expect(meetingPlace(body, of: ["Lotay Tshering", "Bidya Devi Bhandari"], published: "2019-05-08") == .some("Kathmandu"))
}

@Test func arrivingHereWithNoDatelineNamesNoCity() {
    let body = """
        Prime Minister Lotay Tshering arrived here on Monday for a three-day visit.

        The two sides spoke of hydropower and tourism, officials said.

        Tshering called on President Bidya Devi Bhandari yesterday afternoon before flying home.
        """
    #expect(meetingPlace(body, of: ["Lotay Tshering", "Bidya Devi Bhandari"], published: "2019-05-08") == .some(nil))
}
