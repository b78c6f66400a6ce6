import Extraction
import Testing

// "X, a river island over which both sides claim sovereignty": nouns of land compounded and a
// clause opened by "over which"; "one point of contention is X": the quarrel named before the
// place. Own sentences, invented places between real states.

private func territories(_ body: String) -> [[String]] {
    extract(body, published: "2022-07-11").territories.map { $0.names.map(\.name) }
}

@Test func compoundedLandNounBeforeOverWhichPresentsAnUnlistedPlace() {
    for sentence in [
        "Kessel Isle, a river island over which Chile and Peru claim sovereignty, lies upstream.",
        "Kessel Isle, a river island over which both governments assert sovereignty, lies upstream.",
    ] {
        let f = extract("Chile and Peru share a long river border. " + sentence, published: "2022-07-11")
        #expect(f.territories.map { $0.names.map(\.name) } == [["Kessel Isle"]], "\(sentence)")
        #expect(Set(f.territories.first?.claimants ?? []) == ["CHL", "PER"], "\(sentence)")
    }
    // A river island the sentence only places is not disputed.
    #expect(territories("Chile and Peru share a long river border. Kessel Isle, a river island over which a bridge passes, lies upstream.").isEmpty)
}

@Test func pointOfContentionBeforeItsPlace() {
    #expect(territories("Chile and Peru resumed border talks. One point of contention is Kessel Isle.") == [["Kessel Isle"]])
    #expect(territories("Chile and Peru resumed border talks. The chief point of contention is Kessel Isle, which lies upstream.") == [["Kessel Isle"]])
    // A demand or a tariff after the copula is no territory.
    #expect(territories("Chile and Peru resumed talks. One point of contention is Lima's demand for a new port.").isEmpty)
    #expect(territories("Chile and Peru signed a trade pact. The main sticking point is the tariff on copper, which both countries protect.").isEmpty)
}
