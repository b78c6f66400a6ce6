import Extraction
import Testing

// "X, a sector in south-eastern Y, is held by A but claimed by B": the place claimed is the name
// before the description, not the bigger place the description says it lies in. Sentences
// written for these tests, with invented places between real states.

@Test(arguments: [
    "Tessana, a village in northern Kalvo, is held by Eritrea but claimed by Ethiopia.",
    "Tessana, a small farming village near Kalvo, is claimed by Ethiopia and Eritrea.",
    "Tessana, the hamlet in western Kalvo, is claimed by Ethiopia and Eritrea.",
])
func thePlaceDescribedIsClaimedNotTheBiggerPlace(_ text: String) {
    let f = extract(text)
    #expect(f.territories.map { $0.names.map(\.name) } == [["Tessana"]])
    #expect(f.territories.first?.claimants == ["ERI", "ETH"])
}

@Test func aBiggerPlaceWithoutADescribedNameBeforeStaysTheSubject() {
    // No description opened by an article after a comma: the name before the copula is claimed.
    let f = extract("Farmers near Tessana say Kalvo Island in Lake Tarno, is claimed by Kenya and Uganda.")
    #expect(f.territories.map { $0.names.map(\.name) } == [["Kalvo Island"]])
}
