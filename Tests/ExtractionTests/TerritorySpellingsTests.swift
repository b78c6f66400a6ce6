import Extraction
import Testing

// Spellings news use for listed territories: "Piran Gulf" for the Bay of Piran, "Abu Moussa" (the
// French transliteration wires carry) for Abu Musa. Sentences written for these tests.

@Test(arguments: ["Piran Gulf", "Gulf of Piran"])
func theGulfOfPiranIsTheListedBay(_ name: String) {
    let f = extract("Croatia and Slovenia have yet to settle their dispute over the territorial waters in the \(name).", published: "2017-09-20")
    #expect(names(f).contains(name))
    #expect(Set(f.territories.first?.claimants ?? []) == ["HRV", "SVN"])
}

@Test func abuMoussaIsTheListedIsland() {
    let f = extract("Iran and the United Arab Emirates both claim the island of Abu Moussa.", published: "2012-04-12")
    #expect(names(f) == ["Abu Moussa"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["ARE", "IRN"])
}
