import Extraction
import Testing

// Several places in one phrase of dispute: "over the Marel Shoals and the island of Tova",
// "claim the Marel Shoals, Tova Island and Kesh Bank". Each is a territory of its own; a name
// that ends in its noun of land ends at "and". Names after commas that no "and" closes are
// something else. Own sentences, invented places between real states.

private func territories(_ body: String) -> Set<String> {
    Set(extract(body, published: "2023-02-14").territories.flatMap { $0.names.map(\.name) })
}

@Test(arguments: [
    "Benin and Togo have a long dispute over the Marel Shoals and the island of Tova.",
    "Benin and Togo have a long dispute over the Marel Shoals and Tova Island.",
    "Benin and Togo both claim the Marel Shoals, Tova Island and the Kesh islets.",
])
func everyPlaceOfAListInADisputeIsATerritory(_ text: String) {
    let found = territories(text)
    #expect(found.contains("Marel Shoals"))
    #expect(found.contains("Tova") || found.contains("Tova Island"))
    #expect(!found.contains { $0.contains(" and ") })
}

@Test func namesAfterACommaThatNoAndClosesAreNoTerritories() {
    let found = territories("Benin and Togo have a long dispute over the Marel Shoals, Cotonou officials said.")
    #expect(found == ["Marel Shoals"])
}

@Test func aNameWithAndButNoNounOfLandBeforeItStaysWhole() {
    #expect(territories("Benin and Togo both claim Varno and Selk Islands.") == ["Varno and Selk Islands"])
}
