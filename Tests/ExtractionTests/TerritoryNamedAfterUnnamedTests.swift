import Extraction
import Testing

// A sentence that speaks of an unnamed place as disputed ("a disputed island", "a strip of
// farmland that both countries say lies on their side of the line") is often followed by one that
// opens with its name and the same noun ("The Saburo strip ..."): that name is the territory.
// Sentences written for these tests, with invented places between real states.

@Test func aNameOpeningTheSentenceAfterAnUnnamedDisputedStripIsTheTerritory() {
    let f = extract(
        "Kenya and Uganda agreed to set up a commission on a strip of farmland that both countries say lies on their side of the line. "
            + "The Saburo strip, about 300 hectares of flat land, is held by Uganda, whose police keep a post on it.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == ["Saburo", "Saburo strip"])
    #expect(f.territories.first?.claimants == ["KEN", "UGA"])
    #expect(f.territories.first?.controlledBy == "UGA")
}

@Test func aNameOpeningTheSentenceAfterADisputedIslandIsTheTerritory() {
    let f = extract(
        "Officials from Benin and Togo flew over a disputed island in the lagoon. The Agbo island is home to about 200 fishermen, and Togo keeps a police post there."
    )
    #expect(f.territories.first?.names.first?.name == "Agbo")
    #expect(f.territories.first?.claimants == ["BEN", "TGO"])
}

@Test(arguments: [
    // An island that no one claims, a hotel, a name that does not open its sentence, a market.
    "Officials from Benin and Togo flew over an island in the lagoon that was hit by floods. The Agbo island is home to about 200 fishermen.",
    "Benin and Togo held a hearing over a disputed vote. The Agbo Island Hotel hosted the talks.",
    "Officials from Benin and Togo flew over a disputed island in the lagoon. Fishermen said the Agbo island is home to their families.",
    "Kenya and Uganda agreed to set up a commission on the border. The Saburo market, a busy trading post, is run by Uganda.",
])
func noUnnamedDisputedPlaceBeforeMakesNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
