import Extraction
import Testing

// A copula with an adverb of time ("has always been", "has long been", "was always") links a name
// to what is said of it as "is" and "has been" do: "A says X has always been part of A, and B
// disputes that". Said by one state alone, or of a festival or a summit, it is no dispute.
// Sentences written for these tests, with invented places between real states.

@Test func hasAlwaysBeenPartOfAStateIsAClaimBesideAnotherState() {
    let f = extract("India says the Kessa valley has always been part of India, and Nepal disputes that.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.contains { $0.name == "Kessa valley" } == true)
    #expect(f.territories.first?.claimants == ["IND", "NPL"])
}

@Test(arguments: [
    // One state alone: geography, not news of a dispute.
    "India says the Kessa valley has always been part of India.",
    // A festival, a summit, a team.
    "India says the Kessa festival has always been part of India's culture, and Nepal agrees.",
    "Nepal says the Kathmandu summit has always been Nepali.",
    "Kenya's Kessa team has long been claimed by Uganda's fans as a rival.",
])
func hasAlwaysBeenWithoutADisputeIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
