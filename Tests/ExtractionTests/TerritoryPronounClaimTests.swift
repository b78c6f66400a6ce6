import Extraction
import Testing

// A claim whose object is a pronoun ("Both governments claim it", "it belongs to Tuvalu") refers
// to the place the sentence just before names by a noun of land; and a chain of sentences
// referring to the place by its noun ("The reef ... The reef ...") carries its name further on.
// Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    (
        "Ministers from Benin and Niger discussed the island of Kessoura in the Niger River. Both governments claim it.",
        "Kessoura"
    ),
    (
        "Ministers from Benin and Niger visited Kessoura Island in the river. The island is farmed by families from both banks. Both governments claim it.",
        "Kessoura Island"
    ),
    (
        "Fishermen from Chile and Peru anchored off Morro Reef. The reef is covered at high tide. Peru claims it as its own.",
        "Morro Reef"
    ),
])
func aPronounClaimedRefersToThePlaceNamedJustBefore(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.first?.name == name)
    #expect(f.territories.first?.claimants.count == 2)
}

@Test(arguments: [
    // A claim about a fact, a praise, a thing that is no land.
    "Ministers from Benin and Niger discussed the island of Kessoura in the Niger River. Both governments claim it is a model of cooperation.",
    "Ministers from Benin and Niger visited Kessoura Island in the river. The island is farmed by families from both banks. Both governments praise it.",
    "Ministers from Benin and Niger opened the new bridge at Malanville. Both governments claim it will halve travel times.",
    "Benin and Niger held talks on the election in Niamey. Both governments claim it was fair.",
    "Peru and Chile signed a fishing accord near Morro Reef. Peru claimed it won better terms.",
])
func aPronounClaimedThatIsNoPlaceIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test func sentencesReferringByTheNounCarryTheNameFurther() {
    let text =
        "Tuvalu and Kiribati leaders met on Tuesday to discuss Teraina Reef. The reef sits between the two countries. "
        + "Kiribati sends a patrol boat there twice a year. Tuvalu says its fishermen have worked the reef for generations and that it belongs to Tuvalu."
    let f = extract(text)
    #expect(f.territories.first?.names.map(\.name) == ["Teraina Reef"])
    #expect(f.territories.first?.claimants == ["KIR", "TUV"])
    // "it" said to be a good place to fish claims nothing.
    let plain =
        "Tuvalu and Kiribati leaders met on Tuesday to discuss Teraina Reef. The reef sits between the two countries. "
        + "Kiribati sends a patrol boat there twice a year. Tuvalu says its fishermen have worked the reef for generations and that it is a good place to fish."
    #expect(extract(plain).territories.isEmpty)
}
