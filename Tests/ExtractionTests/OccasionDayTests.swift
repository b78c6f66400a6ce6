import Extraction
import Testing

// An encounter told with no time of its own, in the sentences right after a held encounter one
// of its people had, is part of that occasion and on its day. Not one that names a time of its
// own ("last met in June", "two weeks ago"), not a call, and not two people the article already
// shows meeting on another day. Own sentences.

@Test func anEncounterRightAfterADatedOneIsOnItsDay() throws {
    let body = """
        Foreign Minister Ana Cruz of Peru held talks with Foreign Minister Jorge Vega of Chile in Santiago on Tuesday.

        Cruz held bilateral meetings with Interior Minister Pablo Reyes of Bolivia and Trade Minister Luisa Mora of Ecuador.
        """
    let f = extract(body, published: "2016-03-11")
    #expect(try #require(f.meeting("Ana Cruz", "Pablo Reyes")).date == Day(iso: "2016-03-08"))
    #expect(try #require(f.meeting("Ana Cruz", "Luisa Mora")).date == Day(iso: "2016-03-08"))
}

@Test func anEncounterWithATimeOfItsOwnKeepsNoDayOfTheOccasion() throws {
    let body = """
        Foreign Minister Ana Cruz of Peru held talks with Foreign Minister Jorge Vega of Chile in Santiago on Tuesday.

        Cruz and Interior Minister Pablo Reyes of Bolivia held talks two weeks ago on the lake treaty.
        """
    let m = try #require(extract(body, published: "2016-03-11").meeting("Ana Cruz", "Pablo Reyes"))
    #expect(m.date == nil)
}

@Test func aCallAfterAMeetingIsNotOnTheMeetingsDay() throws {
    let body = """
        Foreign Minister Ana Cruz of Peru held talks with Foreign Minister Jorge Vega of Chile in Santiago on Tuesday.

        Cruz spoke by telephone with Interior Minister Pablo Reyes of Bolivia, her office said.
        """
    let m = try #require(extract(body, published: "2016-03-11").meeting("Ana Cruz", "Pablo Reyes"))
    #expect(m.date == nil)
}

@Test func anEncounterFarFromTheDatedOneIsNotOnItsDay() throws {
    // (The lead, whose day goes to its own people's encounters, names someone else.)
    let body = """
        President Tomas Ruiz of Ecuador opened the regional trade fair in Quito on Monday.

        Foreign Minister Ana Cruz of Peru held talks with Foreign Minister Jorge Vega of Chile in Santiago on Tuesday.

        The two sides signed four accords on trade and fisheries.

        Trade between the two states has doubled over the decade.

        Officials said the fisheries accord would be ratified soon.

        Cruz held talks with Interior Minister Pablo Reyes of Bolivia about the lake treaty.
        """
    let m = try #require(extract(body, published: "2016-03-11").meeting("Ana Cruz", "Pablo Reyes"))
    #expect(m.date == nil)
}

// The lead a dateline opens gives the day its subject's report is of: a later encounter of
// that person, told with no time of its own, is that day's.

private let speechLead = """
    KAMPOT, Cambodia - Defence Minister Sok Dara warned smugglers on Thursday against using the river crossings, speaking to border troops at the old fort.

    The minister toured the new customs post and inspected the patrol boats.

    """

@Test func anEncounterOfTheLeadsSubjectIsOnTheLeadsDay() throws {
    let f = extract(speechLead + "Sok Dara met Provincial Governor Chan Vuthy at the fort after the speech, officials said.", published: "2025-10-03")
    #expect(try #require(f.meeting("Sok Dara", "Chan Vuthy")).date == Day(iso: "2025-10-02"))
}

@Test(arguments: [
    // Someone the lead does not name.
    "Governor Chan Vuthy met Police Chief Keo Sophal at the fort after the speech, officials said.",
    // A time of its own.
    "Sok Dara last met Provincial Governor Chan Vuthy at the fort in March, officials said.",
])
func anEncounterTheLeadDoesNotTellKeepsNoDay(_ sentence: String) throws {
    let f = extract(speechLead + sentence, published: "2025-10-03")
    let m = try #require(f.meetings.first)
    #expect(m.date == nil)
}

@Test func aMeetingThatWouldHaveTakenPlaceTakesNoDayOfTheLead() {
    let f = extract(
        speechLead + "The meeting would have brought together Sok Dara and Provincial Governor Chan Vuthy, officials said.",
        published: "2025-10-03")
    #expect(f.meetings.allSatisfy { $0.date == nil })
}

// Without a dateline the lead is the first sentence of the report that names a person and a
// day; its day goes only to an encounter that no other report dates once the reports are merged.

private let undatedLead = """
    Defence Minister Sok Dara warned smugglers on Thursday against using the river crossings, speaking to border troops at the old fort.

    The minister toured the new customs post and inspected the patrol boats.

    Sok Dara met Provincial Governor Chan Vuthy at the fort, officials said.
    """

@Test func withoutADatelineTheFirstDatedSentenceIsTheLead() throws {
    let f = extract(undatedLead, published: "2025-10-03")
    #expect(try #require(f.meeting("Sok Dara", "Chan Vuthy")).date == Day(iso: "2025-10-02"))
}

@Test func anotherReportsDayOfTheEncounterWinsOverTheLeadsDay() throws {
    let f = extract(undatedLead + "\n\nThe talks of Sok Dara and Chan Vuthy were held on Friday, the governor's office said.", published: "2025-10-04")
    #expect(try #require(f.meeting("Sok Dara", "Chan Vuthy")).date == Day(iso: "2025-10-03"))
}

// A visit may run over several days: an encounter dated only "during his tour", or told well
// after a lead that ends the visit, takes no day from the lead.

@Test func anEncounterDuringTheTourTakesNoDayOfTheLead() throws {
    let body = """
        Defence Minister Sok Dara warned smugglers on Thursday, speaking to troops at the old fort.

        The minister inspected the patrol boats.

        Sok Dara met Provincial Governor Chan Vuthy at the fort during his tour, officials said.
        """
    #expect(try #require(extract(body, published: "2025-10-03").meeting("Sok Dara", "Chan Vuthy")).date == nil)
}

@Test func aLeadEndingAVisitLendsNoDay() throws {
    let body = """
        President Ana Souza of Brazil ended her 24-hour visit to Peru Monday evening, departing from the airport for Bolivia.

        Officials signed two accords on trade.

        Trade between the two states has doubled over the decade.

        A second accord covers fisheries.

        Officials said the fisheries accord would be ratified soon.

        Business leaders welcomed the accords.

        Souza and Prime Minister Pablo Reyes met behind closed doors.
        """
    #expect(try #require(extract(body, published: "2025-10-03").meeting("Ana Souza", "Pablo Reyes")).date == nil)
}
