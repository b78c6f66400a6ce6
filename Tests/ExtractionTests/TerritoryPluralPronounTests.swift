import Extraction
import Testing

// A claim whose object or subject is a plural pronoun ("Both claim them", "these belong to them")
// refers to every place the sentence just before names, listed or known only by their nouns of
// land; "it" right after a listed territory refers to it. Sentences written for these tests,
// with invented places (and one listed, Lete Island) between real states.

@Test(arguments: [
    (
        "Fishing boats from Chile and Peru anchored near Morro Reef and Punta Sal Rock last week. Both countries say these belong to them.",
        ["Morro Reef", "Punta Sal Rock"]
    ),
    ("Farmers from Benin and Niger work on Varsel Island and Dorn Island in the river. Both governments claim them.", ["Varsel Island", "Dorn Island"]),
    (
        "Patrol boats from Kenya and Uganda circled Tessa Rock and Mbali Rock in the lake. Both sides say they lie on their side of the border.",
        ["Tessa Rock", "Mbali Rock"]
    ),
    // One listed, one not, in either order.
    ("Ministers from Benin and Niger visited Varsel Island and Lete Island in the river. Both governments claim them.", ["Varsel Island", "Lete Island"]),
    ("Ministers from Benin and Niger visited Lete Island and Varsel Island in the river. Both governments claim them.", ["Lete Island", "Varsel Island"]),
])
func aPluralPronounClaimedRefersToEveryPlaceNamedJustBefore(_ text: String, _ expected: [String]) {
    let f = extract(text)
    #expect(names(f) == Set(expected))
    #expect(f.territories.allSatisfy { $0.claims.count == 2 })
}

@Test func itRightAfterAListedTerritoryRefersToIt() {
    let f = extract("Boats from Benin and Niger were seen off Lete Island on Monday. Niger claims it as its own.")
    #expect(names(f) == ["Lete Island"])
}

@Test(arguments: [
    // People, not places: no state or "both" says the claim.
    "Fishermen from Benin and Niger live on Varsel Island and Dorn Island in the river. They belong to the Sorko people.",
    // A claim about a fact, not to the places.
    "Ministers from Benin and Niger flew over Varsel Island and Dorn Island on Monday. Both governments claim they were not told of the flight.",
    // The places are named two sentences back.
    "Farmers from Benin and Niger work on Varsel Island and Dorn Island in the river. The harvest was poor this year. Both governments claim them.",
])
func aPluralPronounWithoutAClaimToPlacesJustBeforeIsNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
