import Extraction
import Testing

// Where a place lies, said between its name and what is said of it, is no territory and does not
// hide the name: "X, on the Irish border, is claimed by A and B", "X, which lies off the coast, is
// claimed", "X, a sandbank in the Gulf of Y, which A calls Z". Sentences written for these tests,
// with invented places between real states.

@Test(arguments: [
    ("Lough Tessan, on the Irish border, is claimed by both Britain and Ireland.", "Lough Tessan"),
    ("Kessa Island, which lies off the Kenyan coast, is claimed by both Kenya and Uganda.", "Kessa Island"),
    ("Lough Tessan is claimed in full by both Britain and Ireland.", "Lough Tessan"),
    ("Fishermen were arrested near Corvo Bank, a sandbank in the Gulf of Paria, which both Venezuela and Trinidad and Tobago claim.", "Corvo Bank"),
])
func thePlaceBeforeAnAsideOfWhereIsClaimed(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == [name])
    #expect(f.territories.first?.claimants.count == 2)
}

@Test func aSidesNameAfterADescriptionOfWhereIsTheDescribedPlaces() {
    let f = extract(
        "Trinidad's prime minister received Venezuela's foreign minister on Tuesday. They discussed gas and a dispute over Corvo Bank, a sandbank in the Gulf of Paria, which Venezuela calls Banco Corvo."
    )
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == ["Corvo Bank", "Banco Corvo"])
}

@Test func aBorderThatRunsSaysNoHolder() {
    // The line runs down the middle; the state that says so holds nothing.
    let f = extract("Britain claims all of Lough Tessan; Ireland says the border runs down the middle of the lough.")
    #expect(f.territories.first?.claimants == ["GBR", "IRL"])
    #expect(f.territories.first?.controlledBy == nil)
}

@Test(arguments: [
    // Asides, but nothing claimed as land.
    "Nairobi, on the other hand, is claimed by both Kenya and Uganda to be a fine city.",
    "The meeting took place in Arusha, a city in northern Tanzania, which Kenya and Tanzania both praised.",
    "The Mombasa port, on the coast, is claimed by both Kenya and Uganda as a gateway.",
])
func anAsideWithoutALandClaimIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
