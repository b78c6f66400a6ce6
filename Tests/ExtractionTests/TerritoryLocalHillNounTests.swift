import Extraction
import Testing

// The lowercase nouns for peak and hill that close names in the languages of the place ("Kamen
// vrh", "Orlovo brdo"), like those for island ("Zlatni otok"), are nouns of territory: words of the
// name. Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    ("The ruling placed Kamen vrh, a summit on the Dolgi ridge that Croatians call Sveti Kamen, on the Slovenian side.", "Kamen vrh"),
    ("Croatia says Kamen vrh belongs to it, while Slovenia says the hill is Slovenian.", "Kamen vrh"),
    ("Serbia and Croatia both claim Orlovo brdo, a bare hill above the river.", "Orlovo brdo"),
])
func localNounForHillClosesTheName(_ text: String, _ name: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name == name } == true)
    #expect(f.territories.first?.claimants.count == 2)
}

@Test(arguments: [
    // A peak climbed, a disputed election held near one, a claim that is no land's.
    "Hikers from Slovenia and Croatia climbed Kamen vrh on Sunday.",
    "Slovenia and Croatia disputed the election results from the villages below Kamen vrh.",
    "Serbia claimed the talks at Orlovo brdo with Croatia went well.",
])
func localNounForHillWithoutADisputeIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

// A ledge is a noun of territory too, and a kin of "island" that a later sentence refers back with.
@Test func aLedgeNamedBeforeIsDisputedByALaterSentence() {
    let f = extract("Canadian and Norwegian crews argued at sea near Varsel Ledge. Canada and Norway both claim the ledge.")
    #expect(f.territories.first?.names.map(\.name) == ["Varsel Ledge"])
    #expect(f.territories.first?.claimants == ["CAN", "NOR"])
    #expect(extract("Canadian and Norwegian crews argued at sea near Varsel Ledge. Fishermen from Canada and Norway rested on the ledge.").territories.isEmpty)
}
