import Extraction
import Testing

// "will give X, a fishing village near the frontier, to A", "the commission awarded X, a hamlet by
// the frontier, to A": land handed to a state, told past a description of the place set off by
// commas. "give" and "award" hand over aid, prizes and people as often, so the place must be said
// to be land. Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    "Under the new accord Mali will give Tessoro, a fishing village near the frontier, to Niger.",
    "The boundary panel awarded Tessoro, a dusty town on the frontier, to Niger in 2004, yet Mali kept its post there.",
    "Mali handed Tessoro, a river island near the border, to Niger under the accord.",
])
func landGivenToAStatePastItsDescriptionIsDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Tessoro")
    #expect(f.territories.first?.claimants == ["MLI", "NER"])
}

@Test(arguments: [
    "Mali will give Tessoro Keita, its envoy, to Niger as a mediator.",
    "The jury awarded the Tessoro Prize to Niger, and Mali came second.",
    "Mali gave Tessoro, a town on the river, to visiting Nigerien traders for the festival.",
])
func aPersonAPrizeOrAVisitGivenIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

// A headline in title case capitalizes its verbs as it does its names: "Dispute Can Still Be
// Solved" names no territory called "Can Still Be Solved".
@Test(arguments: ["A Border Dispute Can Still Be Solved", "The Island Dispute Might Ease At Last"])
func aHeadlinesModalVerbOpensNoTerritoryName(_ headline: String) {
    let f = extract("Mali, Niger: \(headline)\n\nMali and Niger met on the border question.")
    #expect(f.territories.isEmpty)
}
