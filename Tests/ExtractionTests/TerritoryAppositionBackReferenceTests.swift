import Extraction
import Testing

// Own sentences, fictional places between real states: a place named with a noun in apposition
// ("Bagra, a village near the border, ...") is what a later "the village" refers to, so a claim
// said of the village is a claim on the place.

@Test func theNounOfAnAppositionReferredToLaterIsThePlaceNamed() {
    let held = extract(
        "Bagra, a village of herders near the border, has been administered by Uzbekistan since 1991. Astana says the village has always belonged to Kazakhstan."
    )
    #expect(names(held) == ["Bagra"])
    #expect(held.territories.first?.claimants == ["KAZ", "UZB"])

    let troops = extract(
        "Bangladeshi guards moved into Pirtola, a hamlet on the frontier that Indian troops have patrolled for decades. Dhaka says the hamlet is Bangladeshi land."
    )
    #expect(names(troops) == ["Pirtola"])
    #expect(troops.territories.first?.claimants == ["BGD", "IND"])
}

/// A later sentence about the village that claims nothing makes no territory.
@Test func theNounOfAnAppositionWithNothingDisputedIsNoTerritory() {
    let f = extract(
        "Bagra, a village of herders near the border, is known for its apples. Visitors from Kazakhstan and Uzbekistan say the village is beautiful in spring.")
    #expect(f.territories.isEmpty)
}
