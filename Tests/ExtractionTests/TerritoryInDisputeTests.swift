import Extraction
import Testing

// "in dispute" said of a name by a copula is said as "disputed" is: "X remains in dispute with A",
// "X has been in dispute between A and B since 2004". An election, a deal or a count in dispute is
// no territory. Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    ("The Kessa islands remain in dispute with India, Bangladeshi officials said.", "Kessa islands", ["BGD", "IND"]),
    ("Kessa Island has been in dispute between Kenya and Uganda since 2004.", "Kessa Island", ["KEN", "UGA"]),
    ("The Kessa valley is in dispute, Nepal and India say.", "Kessa valley", ["IND", "NPL"]),
])
func aPlaceSaidToBeInDisputeIsATerritory(_ text: String, _ name: String, _ claimants: [String]) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name == name } == true)
    #expect(f.territories.first?.claimants == claimants)
}

@Test(arguments: [
    "The election result remains in dispute, Kenya and Uganda said.",
    "The Kessa deal is in dispute between Kenya and Uganda.",
    "Mr Odinga said the Nairobi vote count was in dispute with Uganda's observers.",
])
func somethingElseInDisputeIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
