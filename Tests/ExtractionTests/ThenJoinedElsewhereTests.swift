import Extraction
import Testing

// "The two then joined D for dinner at the V": a place of its own makes the dinner another
// encounter of the same day, which takes the day of the talks before it. Without a place of its
// own, joining stays no step of its own. Own sentences.

@Test func thenJoiningSomeoneAtAnotherVenueIsAnotherEncounterOfThatDay() throws {
    let body = """
        Prime Minister Kevin Rudd met Prime Minister John Key on Monday at the Langham Hotel and promised to look again at the visa rules.

        The two leaders then joined Prime Minister Frank Bainimarama for a working dinner at Government House, where the three discussed fisheries.
        """
    let f = extract(body, published: "2009-08-05")
    let dinner = try #require(f.meetings.first { Set($0.participants) == ["Kevin Rudd", "John Key", "Frank Bainimarama"] })
    #expect(dinner.date == Day(iso: "2009-08-03"))
    #expect(dinner.place == "Government House")
}

@Test func thenJoiningSomeoneWithNoPlaceGivesNoSeparateDinner() {
    let body = """
        Prime Minister Kevin Rudd met Prime Minister John Key on Monday at the Langham Hotel and promised to look again at the visa rules.

        The two leaders then joined Prime Minister Frank Bainimarama for a working dinner.
        """
    let f = extract(body, published: "2009-08-05")
    #expect(f.meetings.count == 1)
}
