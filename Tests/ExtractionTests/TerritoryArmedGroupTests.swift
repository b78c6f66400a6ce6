import Extraction
import Testing

// An armed group's name is no territory, however a relative clause of claiming follows it.
// Own sentences and invented names.

@Test func anArmedGroupClaimedToBeBackedIsNoTerritory() {
    for sentence in [
        "Border units fought the gunmen of the Kenya Freedom Army (KFA), which Nairobi claims Kampala supplies with arms.",
        "The Lake Liberation Front, which Nairobi claims is armed by Kampala, denied the raid.",
    ] {
        let f = extract(sentence, published: "2012-04-10")
        #expect(f.territories.isEmpty, "\(sentence)")
    }
}

@Test func aStripBothStatesClaimIsStillATerritory() {
    let f = extract("The Kafue Strip, which both Zambia and Malawi claim, saw clashes last week.", published: "2012-04-10")
    #expect(f.territories.map { $0.names.map(\.name) } == [["Kafue Strip"]])
}
