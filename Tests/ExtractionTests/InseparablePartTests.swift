import Extraction
import Testing

// "X is an inseparable part of A", "X is an integral part of its territory": words of a claim
// that land can never be parted from a state make X a territory, where the text around speaks of
// borders or land; a known city said to be part of its own state is none. Invented places.

@Test func anInseparablePartOfAStateIsAClaimedTerritory() {
    let body = """
        BISHKEK - The foreign ministers of Kyrgyzstan and Uzbekistan discussed the border village of Kyzyl-Bulak.

        The Kyrgyz side holds that Kyzyl-Bulak, run from the Aravan district for sixty years, is an inseparable part of the Kyrgyz Republic.
        """
    let f = extract(body, published: "2000-09-14")
    #expect(names(f) == ["Kyzyl-Bulak"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["KGZ", "UZB"])
}

@Test func anIntegralPartOfItsTerritoryIsAClaimedTerritory() {
    let body = """
        BISHKEK - The foreign ministers of Kyrgyzstan and Uzbekistan discussed the border village of Kyzyl-Bulak.

        Kyrgyzstan says Kyzyl-Bulak is an integral part of its territory.
        """
    #expect(names(extract(body, published: "2000-09-14")) == ["Kyzyl-Bulak"])
}

@Test func aCityCalledAnIntegralPartOfItsStateIsNoTerritory() {
    let body = """
        BISHKEK - The president spoke of Osh, the southern capital.

        He said that Osh, home to many ethnic groups, is an integral part of the Kyrgyz Republic.
        """
    #expect(extract(body, published: "2000-09-14").territories.isEmpty)
}
