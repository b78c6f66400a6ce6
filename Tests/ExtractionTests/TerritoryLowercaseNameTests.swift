import Extraction
import Testing

// A listed territory's foreign name is often written in lowercase after "known as": the words of
// naming before it make it a name all the same. Sentences written for these tests.

@Test(arguments: [
    "Peru and Chile both say the strip, known locally as the triangulo terrestre, belongs to them.",
    "Chile says the patch of sand at the border, called triangulo terrestre by Peruvians, is its own, and Peru disputes it.",
])
func lowercaseListedNameAfterKnownAsIsTheTerritory(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name).contains("triangulo terrestre") == true)
    #expect(f.territories.first?.claimants == ["CHL", "PER"])
}

@Test(arguments: [
    // A thing named after the place: "known as" names the accord.
    "Thailand and Cambodia signed a tourism pact known as the emerald triangle accord.",
    // Lowercase words that only look like a name after "known as".
    "The patrol, known as the border watch, is run by Peru and Chile together.",
])
func lowercaseNameOfAThingIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
