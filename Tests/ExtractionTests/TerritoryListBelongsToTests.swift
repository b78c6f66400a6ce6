import Extraction
import Testing

// "The court ruled that the islands of X, Y and Z off the coast of A legally belong to B": each
// island of the list, past where they lie and an adverb before the verb. Invented islands
// between real states.

@Test(arguments: [
    "The court ruled that the islands of Marlow, Tessel and Kestrel belong to Equatorial Guinea, settling a long dispute with Gabon.",
    "The court ruled that the islands of Marlow, Tessel and Kestrel off the coast of Gabon legally belong to Equatorial Guinea, settling a decades-long dispute between the neighbours.",
])
func eachIslandOfAListSaidToBelongIsATerritory(_ text: String) {
    let f = extract(text, published: "2025-05-19")
    #expect(Set(f.territories.flatMap { $0.names.map(\.name) }) == ["Marlow", "Tessel", "Kestrel"])
    #expect(f.territories.allSatisfy { Set($0.claimants) == ["GAB", "GNQ"] })
}

@Test func aNameBeforeAnAdverbOfBelongingIsATerritory() {
    let f = extract("The court ruled that Marlow island legally belongs to Equatorial Guinea, settling a long dispute with Gabon.", published: "2025-05-19")
    #expect(f.territories.map { Set($0.claimants) } == [["GAB", "GNQ"]])
}

@Test(arguments: [
    "The hotels of Marlow and Tessel near the coast of Gabon legally belong to a French company.",
    "The shares of Marlow, Tessel and Kestrel belong to investors from Gabon.",
])
func thingsThatBelongToOwnersAreNoTerritory(_ text: String) {
    #expect(extract(text, published: "2025-05-19").territories.isEmpty)
}
