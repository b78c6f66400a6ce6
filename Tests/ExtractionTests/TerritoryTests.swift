import Extraction
import Testing

@Test func namesPerSideClaimantsAndHolderFromKnownAs() {
    let f = extract(
        """
        Japan wants a peace deal with Russia that would end a dispute over islands captured by Soviet troops.
        The islands are known as the Kuril to Russia and the Northern Territories to Japan.
        """)
    #expect(f.territories.count == 1)
    let t = f.territories.first
    #expect(t?.names.map(\.name) == ["Kuril", "Northern Territories"])
    #expect(t?.names.first { $0.name == "Kuril" }?.usedBy == "RUS")
    #expect(t?.names.first { $0.name == "Northern Territories" }?.usedBy == "JPN")
    #expect(t?.claimants == ["JPN", "RUS"])
    #expect(t?.controlledBy == "RUS")
}

@Test func callsPatternAndAdministeredBy() {
    let f = extract(
        """
        Coast guard boats sailed near the Japanese-administered Senkaku Islands. Beijing's claim covers the rocky islands too, which China calls Diaoyu.
        """)
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["CHN", "JPN"])
    #expect(f.territories.first?.controlledBy == "JPN")
    #expect(Set(f.territories.first?.names.map(\.name) ?? []) == ["Senkaku Islands", "Diaoyu"])
}

@Test func unknownTerritoryFromDisputeOverPattern() {
    let f = extract(
        """
        Chile and Bolivia have a long dispute over Zembla, which both Chile and Bolivia claim.
        """)
    #expect(f.territories.first?.names.map(\.name) == ["Zembla"])
    #expect(f.territories.first?.claimants == ["BOL", "CHL"])
}

@Test func aPlaceWhereSomethingHappenedIsNotATerritory() {
    let f = extract("Pakistani and Indian officials met in Kashmir on Monday to discuss trade.")
    #expect(f.territories.isEmpty)
}

@Test func bothAndBetweenNameTheClaimantsNotEveryStateInTheSentence() {
    let f = extract(
        """
        Pakistan's foreign minister flew to Beijing to brief Chinese officials on India's decision about the disputed Kashmir region, which both India and Pakistan claim.
        """)
    #expect(f.territories.first?.claimants == ["IND", "PAK"])
}

@Test func kalapaniLipulekhAndLimpiyadhuraAreThreeListedTerritories() {
    // Reference lists and news treat them as three areas Nepal claims from India.
    let f = extract("Nepal's new map shows Kalapani, Lipulekh and Limpiyadhura as Nepalese territory, and India rejects the claim.")
    #expect(f.territories.count == 3)
    #expect(f.territories.allSatisfy { $0.claimants == ["IND", "NPL"] && $0.names.count == 1 })
}

@Test func theKalapaniDisputeAloneIsOneTerritory() {
    let f = extract("Nepal and India agreed to talk about the Kalapani border dispute next month.")
    #expect(f.territories.map { $0.names.map(\.name) } == [["Kalapani"]])
}
