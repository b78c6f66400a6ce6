import Extraction
import Testing

// "During her meeting with B, A may raise ..." names the encounter reported before as the time of
// something else: no second encounter. "The meeting will include B and C": "will" right after the
// meeting noun is the noun's own future. Own sentences and invented names.

@Test func duringHerMeetingWithBNamesThePlannedEncounterAgain() {
    let f = extract(
        "President Ana Ruiz is expected to meet Prime Minister Tomas Vela in Lima. During her meeting with Vela, Ruiz may raise the fishing dispute.",
        published: "2017-04-28")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.place == "Lima")
}

@Test func aMeetingNounWithWillAfterItIsPlanned() {
    let f = extract("The meeting will include Finance Minister Karl Berger and Trade Minister Omar Haddad.", published: "2017-04-28")
    #expect(f.meetings.map(\.status) == [.planned])
}
