import Extraction
import Testing

// "The court rejected A's claim that it was also awarded a nearby hill, called X or Y in B": the
// name a tie phrase gives a noun of territory after its comma, with the other name after "or".
// Invented places between real states.

@Test func aHillCalledByTwoNamesInAClaimIsATerritory() {
    let f = extract(
        "The court rejected Cambodia's claim that it was also awarded a nearby hill, called Phnum Tessel or Phu Marlow in Thailand, by the 1962 ruling.",
        published: "2013-11-12")
    #expect(f.territories.map { Set($0.names.map(\.name)) } == [["Phnum Tessel", "Phu Marlow"]])
    #expect(f.territories.first.map { Set($0.claimants) } == ["KHM", "THA"])
}

@Test func aNamedHillAStateHoldsIsATerritory() {
    let f = extract("Cambodia claims a nearby hill, called Phnum Tessel, which Thailand holds.", published: "2013-11-12")
    #expect(f.territories.first?.controlledBy == "THA")
}

@Test func aNamedVillageWithNoWordOfClaimIsNoTerritory() {
    let f = extract("The minister visited a small village, called Marlow, near the capital on Monday.", published: "2013-11-12")
    #expect(f.territories.isEmpty)
}
