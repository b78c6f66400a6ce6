import Extraction
import Testing

// "occupied" before a listed territory where someone travels is the name of a destination, not a
// dispute the article presents (a place where something happens). Sentences written for these
// tests; the territory must be a listed one, the claimants are named in an earlier sentence.

@Test(arguments: [
    "Israeli and Palestinian negotiators met in Amman. The envoy will travel on to the occupied West Bank on Friday.",
    "Israeli and Palestinian negotiators met in Amman. The envoy visited occupied East Jerusalem on Monday.",
    "Israeli and Palestinian negotiators met in Amman. It was unclear whether the envoy would also fly to the occupied West Bank.",
])
func aTripToAnOccupiedListedTerritoryIsNoDispute(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}

@Test(arguments: [
    "Israeli and Palestinian negotiators met in Amman. The Palestinians want Israel to leave the occupied West Bank.",
    "Israeli and Palestinian negotiators met in Amman. Israel has occupied the West Bank since 1967, the Palestinians say.",
    "Israeli and Palestinian negotiators met in Amman. Settlers moved to the occupied West Bank, which the Palestinians claim.",
])
func anOccupiedListedTerritoryOtherwiseStaysDisputed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["ISR", "PSE"])
}
