import Extraction
import Testing

// A side's name set apart in a parenthesis between the name and "is claimed by" ("X (Y to Serbs)
// is claimed by A and B", "X (Y to the Chinese)") is one more name of the place, and the name
// before the parenthesis is the place claimed. Sentences written for these tests, with invented
// places between real states.

@Test(arguments: [
    ("Tessel Island (Teslo to Serbs) is claimed by both Croatia and Serbia.", ["Tessel Island", "Teslo"], ["HRV", "SRB"]),
    ("The Tharka Glacier (Tarqa Glacier to Chinese) is claimed by both Nepal and China.", ["Tharka Glacier", "Tarqa Glacier"], ["CHN", "NPL"]),
    ("Tharka Glacier (Tarqa to the Chinese) is claimed by both Nepal and China.", ["Tharka Glacier", "Tarqa"], ["CHN", "NPL"]),
])
func aSidesNameInParenthesisBeforeIsClaimedBy(_ text: String, _ names: [String], _ claimants: [String]) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.map(\.name) == names)
    #expect(f.territories.first?.claimants == claimants)
}

@Test(arguments: [
    // A parenthesis that gives no side's name, before a claim that is no land claim.
    "The summit venue (a hotel in Kathmandu) is claimed by both Nepal and China as a success.",
    "The Kathmandu talks (the third this year) were claimed by both Nepal and China as a success.",
])
func aParenthesisBeforeAClaimOfSomethingElseIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
