import Extraction
import Testing

// "Both countries say it lies on their side of the river's main channel": a place said by pronoun
// to lie on a state's side of any line claims the place the sentence before names by its noun, as
// "Both governments claim it" does. Sentences written for these tests, with invented places
// between real states.

@Test func pronounSaidToLieOnTheirSideClaimsThePlaceBefore() {
    let f = extract(
        "The hardest case is Tarka Island, a wooded strip of land near the Moldovan village of Otaci that Ukrainians call Tarko Island. Both countries say it lies on their side of the river's main channel."
    )
    #expect(f.territories.count == 1)
    #expect(Set(f.territories.first?.names.map(\.name) ?? []) == ["Tarka Island", "Tarko Island"])
    #expect(f.territories.first?.claimants == ["MDA", "UKR"])
}

@Test func eachSaysItLiesOnItsOwnSide() {
    let f = extract("Fishermen land their catch on Kessa Island in Lake Victoria. Kenya and Uganda each say it lies on its own side of the line.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["KEN", "UGA"])
}

@Test(arguments: [
    // Blame, a route, an agenda: nothing said to lie on a side of a line.
    "Fishermen land their catch on Kessa Island in Lake Victoria. Kenya and Uganda say the blame lies on their side.",
    "Fishermen land their catch on Kessa Island in Lake Victoria. Kenya and Uganda say it lies on a migration route.",
    "Fishermen land their catch on Kessa Island in Lake Victoria. Kenya and Uganda say it lies on their agenda for May.",
])
func lyingElsewhereIsNoClaim(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test(arguments: [
    "Kenya and Uganda both say Kamba Rock is on their side of the border.",
    "Kenya and Uganda both say Kamba Rock is on their territory.",
])
func aPlaceBothSayIsOnTheirSideIsClaimedByBoth(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == ["Kamba Rock"])
    #expect(f.territories.first?.claimants == ["KEN", "UGA"])
}

@Test func aPlaceSaidToBeOnTheSideOfPeopleWhoAreNoStateIsNoTerritory() {
    #expect(extract("Traders say the Kamba market is on their side of the border.").territories.isEmpty)
}
