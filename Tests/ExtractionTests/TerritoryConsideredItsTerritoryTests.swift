import Extraction
import Testing

// A state that considers a place "its territory" (or "their land") claims it, as "its own" does:
// "X, which Eritrea considers its territory". Only right after a verb of considering: a place
// shelled from a state's territory is none. Sentences written for these tests, with invented
// places between real states.

@Test(arguments: [
    "Ethiopian troops entered Tessana, which Eritrea considers its territory.",
    "Ethiopian troops entered Tessana, which Eritrea regards as its territory, and set up a camp.",
    "Ethiopian troops entered Tessana, which Eritrea still considers its land.",
])
func aPlaceConsideredItsTerritoryIsClaimed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.first?.name == "Tessana")
    #expect(f.territories.first?.claimants == ["ERI", "ETH"])
}

@Test(arguments: [
    "Eritrean gunners shelled Tessana, which Ethiopia defends from its territory.",
    "Ethiopian troops entered Tessana, which Eritrea considers its territory's gateway.",
    "Ethiopian troops entered Tessana, which Eritrea considers its land border crossing.",
])
func aPlaceNotConsideredItsTerritoryIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
