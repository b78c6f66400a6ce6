import Extraction
import Testing

// "The low-tide elevation, which sits three kilometres south of Pedra Branca, is claimed by both
// states": a sentence that opens with a noun of territory referring back, then a clause of where it
// lies, claims the place named before; the places of the clause only say where. Listed names
// (South Ledge, Pedra Branca: rows of territories.tsv); sentences written for these tests.

@Test func theClauseOfWhereNamesNoTerritory() {
    let f = extract(
        "Singapore and Malaysia named officials on Monday for talks on South Ledge. The low-tide elevation, which sits three kilometres south of Pedra Branca near the Straits of Johor, is claimed by both states."
    )
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == ["South Ledge"])
    #expect(f.territories.first?.claimants == ["MYS", "SGP"])
}

@Test func aClauseOfNamingStillNamesTheTerritory() {
    // Not a clause of where: the side's name is one more name of the place.
    let f = extract("Croatian police patrolled Tessel Island on Monday. The island, which Serbs call Teslo, is claimed by both Croatia and Serbia.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name == "Teslo" } == true)
}
