import Extraction
import Testing

// Plans reported beside past encounters: a verb of meeting before "newly elected", "will also
// travel ... to meet", a possessive day after a day given with "on", a presence still to come,
// and a byline after the time of filing. Own sentences and invented people.

/// "to meet newly elected President B": a meeting with the person the participle describes, not
/// a gathering that elected them.
@Test func meetingTheNewlyElectedIsAnEncounter() {
    let f = extract("Foreign Secretary Alan Brooks will meet newly elected President Carlos Mendez on Tuesday.", published: "2011-04-03")
    #expect(f.pairs == [["Alan Brooks", "Carlos Mendez"]])
    #expect(f.meetings.first?.status == .planned)
    let appointed = extract("Foreign Secretary Alan Brooks met the newly appointed Prime Minister Carlos Mendez on Sunday.", published: "2011-04-03")
    #expect(appointed.pairs == [["Alan Brooks", "Carlos Mendez"]])
}

/// A gathering's noun still decides: "the summit elected" names no encounter of the people chosen.
@Test func aSummitThatElectsIsStillNoEncounter() {
    let f = extract(
        "The summit in Lima ended. The summit also elected President Carlos Mendez and Foreign Secretary Alan Brooks as co-chairs.", published: "2011-04-03")
    #expect(f.meetings.isEmpty)
}

/// "will also travel to C on Tuesday to meet B": an adverb between the word of planning and the
/// verb of travel keeps the encounter a plan, on the coming Tuesday.
@Test func anAdverbAfterWillKeepsTheTripToCome() {
    let f = extract(
        """
        Foreign Secretary Alan Brooks left for Peru on Sunday. \
        Brooks will also travel to landlocked Bolivia on Tuesday to meet President Carlos Mendez about gas.
        """, published: "2011-04-03")
    #expect(f.meetings.map(\.status) == [.planned])
    #expect(f.meetings.map(\.date) == [Day(iso: "2011-04-05")])
}

/// "had met in C on October 2 and Friday's talks are a follow-up": the possessive day opens
/// another encounter's phrase and leaves the first day to the held meeting.
@Test func aPossessiveDayAfterAnOnDayIsAnotherEncounters() {
    let f = extract(
        """
        Chilean President Marco Ventura will receive Peruvian President Julio Ramos on Friday at the Cerro Castillo palace. \
        Ventura and Ramos had met in Arica, Chile, on October 2, 2018 and Friday's reunion will build on it.
        """, published: "2019-03-08")
    let held = f.meetings.first { $0.status == .held }
    #expect(held?.date == Day(iso: "2018-10-02"))
    // Two days joined by "and" without a possessive still leave the day open.
    let span = extract("President Marco Ventura met President Julio Ramos in Arica on Monday and Tuesday.", published: "2019-03-08")
    #expect(span.meetings.map(\.date) == [nil])
}

/// "Also present will be C and D": people still to come join the planned encounter, not the
/// held one reported last.
@Test func aPresenceToComeJoinsThePlannedEncounter() {
    let f = extract(
        """
        Chilean President Marco Ventura will receive Peruvian President Julio Ramos on Friday at the Cerro Castillo palace. \
        Ventura and Ramos had met in Arica on October 2, 2018. \
        Foreign Ministers Pedro Luna and Rosa Vidal will also be present.
        """, published: "2019-03-08")
    let planned = f.meetings.first { $0.status == .planned }
    let held = f.meetings.first { $0.status == .held }
    #expect(Set(planned?.participants ?? []) == ["Marco Ventura", "Julio Ramos", "Pedro Luna", "Rosa Vidal"])
    #expect(Set(held?.participants ?? []) == ["Marco Ventura", "Julio Ramos"])
}

/// A past presence, or a future said in an aside about one of them, joins the held encounter.
@Test func aPastPresenceJoinsTheHeldEncounter() {
    let f = extract(
        """
        Chilean President Marco Ventura will receive Peruvian President Julio Ramos on Friday at the Cerro Castillo palace. \
        Ventura and Ramos had met in Arica on October 2, 2018. \
        Also present were Foreign Ministers Pedro Luna and Rosa Vidal, who will chair the next round.
        """, published: "2019-03-08")
    let held = f.meetings.first { $0.status == .held }
    #expect(Set(held?.participants ?? []) == ["Marco Ventura", "Julio Ramos", "Pedro Luna", "Rosa Vidal"])
}

/// "Sun April 3, 2011 10:38 AM ET By A B": the writer's name after the time of filing.
@Test func aBylineAfterTheTimeOfFilingIsNoPerson() {
    let f = extract(
        """
        Brooks in Lima for talks
        Sun April 3, 2011 4:05 PM EDT By Peter Hollis
        LIMA (Wire) - Foreign Secretary Alan Brooks met President Carlos Mendez on Sunday.
        """, published: "2011-04-03")
    #expect(f.names == ["Alan Brooks", "Carlos Mendez"])
    // A name after "by" in a sentence of other words stays a person.
    let kept = extract("The talks on April 3 were chaired by Peter Hollis\nForeign Secretary Alan Brooks met Peter Hollis.", published: "2011-04-03")
    #expect(kept.names.contains("Peter Hollis"))
}

/// "the X peak": a mountain's top keeps its noun in the territory's name.
@Test func aPeakKeepsItsNoun() {
    let f = extract("Chile and Peru both claim the Monte Alto peak, which Chile holds.", published: "2019-03-08")
    #expect(names(f).contains("Monte Alto peak"))
}
