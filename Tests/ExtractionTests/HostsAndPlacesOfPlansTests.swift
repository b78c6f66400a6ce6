import Extraction
import Testing

// Plans told after an encounter: a visit to a state at the invitation of a person of that state
// is an encounter with that person; one person's talks to come in a city place the planned
// encounter just told. Own sentences and invented people.

/// "A is due to visit C at the invitation of C's Prime Minister B": B hosts the visit, not the
/// minister of C whom A met before.
@Test func theInviterNamedWithAVisitIsItsHost() {
    let f = extract(
        """
        Prime Minister Milo Vukic met with Slovenian Foreign Minister Samuel Zorc in Podgorica. \
        Prime Minister Milo Vukic will pay a visit to Slovenia in the spring at the invitation of Slovenian Prime Minister Borut Pavlin.
        """, published: "2009-02-02")
    #expect(Set(f.pairs) == [["Milo Vukic", "Samuel Zorc"], ["Borut Pavlin", "Milo Vukic"]])
    #expect(f.meeting("Milo Vukic", "Borut Pavlin")?.status == .planned)
    // With no one of the state named, the visit is still a return visit to the person met before.
    let back = extract(
        """
        Prime Minister Milo Vukic met with Slovenian Foreign Minister Samuel Zorc in Podgorica. \
        Prime Minister Milo Vukic will visit Slovenia next month.
        """, published: "2009-02-02")
    #expect(back.meetings.contains { $0.status == .planned && Set($0.participants) == ["Milo Vukic", "Samuel Zorc"] })
}

/// "A's meeting with B was put off to November 9. In C, A will also hold talks": the talks to come
/// in C are where that planned meeting takes place.
@Test func oneParticipantsTalksToComeInACityPlaceThePlan() {
    let f = extract(
        """
        Talks between Turkish Prime Minister Ali Kaya and US Vice President John Reed have been pushed back to November 9. \
        In Washington, Kaya will also hold talks on energy.
        """, published: "2017-11-07")
    #expect(f.meetings.map(\.place) == ["Washington"])
    // A held encounter is not placed by talks still to come.
    let held = extract(
        """
        Turkish Prime Minister Ali Kaya met US Vice President John Reed on November 5. \
        Kaya will hold talks on trade in Washington.
        """, published: "2017-11-07")
    #expect(held.meetings.map(\.place) == [nil])
}
