import Extraction
import Testing

// A listed territory (or "the islet" referring back to it) said to be guarded or garrisoned by a
// state's forces is held by that state, and so presented as disputed; a thing there guarded by
// soldiers ("a hotel guarded by Spanish soldiers") is not. Sentences written for these tests.

@Test(arguments: [
    "Moroccan fishermen sailed past Perejil Island on Sunday. The islet has been guarded by Spanish soldiers since 2002.",
    "Moroccan fishermen sailed past Perejil Island on Sunday. The islet has been garrisoned by Spain since 2002.",
])
func aListedTerritoryGuardedByAStatesForcesIsHeldByIt(_ text: String) {
    let f = extract(text)
    #expect(f.territories.first?.names.first?.name == "Perejil Island")
    #expect(f.territories.first?.claimants == ["ESP", "MAR"])
    #expect(f.territories.first?.controlledBy == "ESP")
}

@Test(arguments: [
    "Spanish and Moroccan ministers met near Perejil Island at a hotel guarded by Spanish soldiers.",
    "Moroccan fishermen sailed past Perejil Island on Sunday. The islet is home to wild goats.",
])
func somethingElseGuardedBesideAListedTerritoryIsNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
