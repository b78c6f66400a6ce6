import Extraction
import Testing

// "At stake is X, a low island ..." after a quarrel over land: the place at stake is the one the
// quarrel is over, claimed by its two sides. What is at stake without a quarrel of land around it
// (a reputation, a deal) is no territory. Sentences written for these tests, with invented places
// between real states.

@Test func thePlaceAtStakeInAQuarrelOverLandIsDisputed() {
    let f = extract(
        """
        Kenya and Uganda agreed on Tuesday to let the court settle their quarrel over a speck of land in Lake Victoria.
        At stake is Kessa, a rocky island of two hectares near the border.
        """, published: "2016-11-15")
    #expect(f.territories.first?.names.contains { $0.name == "Kessa" } == true)
    #expect(f.territories.first?.claimants == ["KEN", "UGA"])
}

@Test(arguments: [
    "At stake is Kenya's reputation as a trading hub, the minister said.",
    "Kenya and Uganda signed a trade deal on Tuesday. At stake are Kampala's exports of sugar.",
])
func whatIsAtStakeWithoutAQuarrelOverLandIsNoTerritory(_ text: String) {
    #expect(extract(text, published: "2016-11-15").territories.isEmpty)
}
