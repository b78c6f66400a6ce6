import Extraction
import Testing

// "At their meeting, A may bring up ..." names the encounter reported before as the time of
// something else: no second encounter. "The summit will feature B and C": "will" right after the
// meeting noun is the noun's own future. Own sentences and invented names.

@Test func atHerTalksWithBNamesThePlannedEncounterAgain() {
    let f = extract(
        "President Ana Ruiz is expected to see Prime Minister Tomas Vela in Lima. At her talks with Vela, Ruiz may bring up the fishing quotas.",
        published: "2017-04-28")
    #expect(f.meetings.count == 1)
    #expect(f.meetings.first?.status == .planned)
    #expect(f.meetings.first?.place == "Lima")
}

@Test func aMeetingNounWithWillAfterItIsPlanned() {
    let f = extract("The summit will feature Finance Minister Karl Berger and Trade Minister Omar Haddad.", published: "2017-04-28")
    #expect(f.meetings.map(\.status) == [.planned])
}
