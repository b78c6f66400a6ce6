import Extraction
import Testing

// "At the heart of the quarrel is X": the place a border quarrel turns on, told with the name
// last; counted only where the sentence or a neighbour speaks of borders or land, so a quarrel of
// companies names no territory. "the economic sovereignty of the Union" is sovereignty over no
// land. Invented territories between real states. Own sentences.

@Test func thePlaceAtTheCentreOfABorderQuarrelIsDisputed() {
    let body = """
        The village at the centre of the quarrel is Korday, a settlement of about 2,000 people north of Tashkent. Kazakhstan administers Korday; Uzbekistan says the Soviet-era line put the village on its side of the border.
        """
    let f = extract(body, published: "2002-01-10")
    #expect(names(f) == ["Korday"])
    #expect(f.territories.first.map { Set($0.claimants) } == ["KAZ", "UZB"])
}

@Test func theHeartOfAQuarrelOfCompaniesIsNoTerritory() {
    let body = "The two companies have fought in court for years. At the heart of the dispute is Gazprom, which wants higher prices for its gas."
    #expect(extract(body, published: "2009-01-10").territories.isEmpty)
}

@Test func economicSovereigntyIsNoClaimToLand() {
    let body = """
        President Anne Muller of Germany and President Paul Roche of France presented their recovery plan on Monday.

        The plan also covers the strengthening of the economic sovereignty of the Union and of its member states.
        """
    #expect(extract(body, published: "2020-05-19").territories.isEmpty)
}
