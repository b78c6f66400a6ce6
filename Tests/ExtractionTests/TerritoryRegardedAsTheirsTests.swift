import Extraction
import Testing

// States (or their people) holding a place to be theirs claim it: "X, which both countries regard
// as theirs", "which both consider theirs", "Both countries regard X as theirs", "A regards X as
// its land". Sentences written for these tests, with invented places between real states.

@Test(arguments: [
    "Kazakhstan and Uzbekistan signed a border protocol but left out the Tamdy pastures, which herders from both countries regard as theirs.",
    "Kazakhstan and Uzbekistan signed a border protocol but left out the Tamdy pastures, which both countries consider theirs.",
    "Kazakhstan and Uzbekistan signed a border protocol. Both countries regard the Tamdy pastures as theirs.",
    "Kazakhstan and Uzbekistan signed a border protocol. Uzbekistan regards the Tamdy pastures as its own land.",
])
func aPlaceRegardedAsTheirsIsClaimed(_ text: String) {
    let f = extract(text)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.first?.name == "Tamdy")
    #expect(f.territories.first?.claimants == ["KAZ", "UZB"])
}

@Test(arguments: [
    // A festival, a cup, a victory held to be theirs are no land.
    "Kazakhstan and Uzbekistan signed a trade deal. The Tamdy festival, a week of music that people from both countries regard as theirs, opens in May.",
    "Fans from Kazakhstan and Uzbekistan regard the Tamdy Cup as theirs after the final on the border.",
    "Kazakh and Uzbek officials say the Tamdy victory is theirs.",
])
func somethingElseRegardedAsTheirsIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
