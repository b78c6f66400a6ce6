import Extraction
import Testing

// A claim to a place not named yet ("its claim to a stretch of rainforest") is named by the next
// sentence's "The area, often called X": a noun of land in general, or the place's own noun, and a
// phrase that gives its name ("often called", "commonly known as", as "known as" does). Sentences
// written for these tests, with invented places between real states.

@Test func anUnnamedPlaceClaimedIsNamedByTheNextSentence() {
    let f = extract(
        "Suriname renewed its claim to a stretch of rainforest east of the Lawa. The area, often called the Tigra Triangle, is administered by France."
    )
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == ["Tigra Triangle"])
    #expect(f.territories.first?.claimants == ["FRA", "SUR"])
    #expect(f.territories.first?.controlledBy == "FRA")
}

@Test(arguments: [
    // A building occupied, a company owned, a region with no claim before: no place claimed.
    "Armed men occupied a building in the capital of Mali on Monday. The area, often called the Old Quarter, is administered by the city.",
    "The ministers discussed ownership of a company in Lagos. The firm, often called Lagos Oil, is administered by Nigeria and Ghana.",
    "Peru and Chile discussed trade. The region, often called the Atacama, is administered by Chile.",
])
func noUnnamedPlaceClaimedBeforeIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
