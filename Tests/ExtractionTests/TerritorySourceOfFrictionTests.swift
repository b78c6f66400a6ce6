import Extraction
import Testing

// "X has been a source of friction between A and B", "X has long been a sticking point": like "a
// bone of contention", said of a place (its name says land, or words of territory are around) they
// present it as disputed; said of a reform, prices or an airport, not. Sentences written for these
// tests, with invented places between real states.

@Test(arguments: [
    "The Lemba peninsula has been a source of friction between Nigeria and Cameroon for decades.",
    "Lemba has long been a sticking point between Nigeria and Cameroon, whose troops patrol the border there.",
    "The Lemba islets remain a point of contention between Nigeria and Cameroon.",
])
func aPlaceThatIsASourceOfFrictionIsDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Lemba")
    #expect(f.territories.first?.claimants == ["CMR", "NGA"])
}

@Test(arguments: [
    "The Lemba pension reform has been a source of friction between Nigeria and Cameroon.",
    "Oil prices have long been a sticking point between Nigeria and Cameroon at the border talks.",
    "Lemba Airport has been an irritant for Nigeria and Cameroon since the border closed.",
])
func somethingElseThatIsASourceOfFrictionIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
