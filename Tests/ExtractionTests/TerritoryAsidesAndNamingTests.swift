import Extraction
import Testing

// Own sentences, fictional places between real states: a description set apart by commas between
// a name and what is said of it ("X, a silted island in the river, remains in dispute"), a
// bearing in a description before its clause ("X, a larger island to the north that A holds"),
// and a verb of naming before a state's territory ("called X Russian territory").

@Test func aNameBeforeADescriptionAsideIsWhatRemainsInDispute() {
    let f = extract(
        "Officials said Tolar Char, a silted island of some forty hectares in the river near the border, remained in dispute between India and Bangladesh.")
    #expect(names(f) == ["Tolar Char"])
    #expect(f.territories.first?.claimants == ["BGD", "IND"])
    let g = extract("Velmo, a low reef in the strait, is claimed by both Eritrea and Yemen.")
    #expect(names(g) == ["Velmo"])
}

@Test func aBearingIsPartOfADescriptionBeforeItsClause() {
    let f = extract("The ruling also covers Sorka, a larger island to the north that Yemen holds and that Eritrea also claims.")
    #expect(names(f) == ["Sorka"])
    #expect(f.territories.first?.claimants == ["ERI", "YEM"])
}

@Test func aPlaceCalledAStatesTerritoryIsClaimedByIt() {
    let f = extract(
        """
        Ukraine protested as the dam reached the sandbank.
        A governor in southern Russia went further and called Tesla Russian territory, a claim Kiev rejects.
        """)
    #expect(names(f).contains("Tesla"))
    #expect(f.territories.first { $0.names.map(\.name).contains("Tesla") }?.claimants.contains("RUS") == true)
}

/// A description aside with nothing of dispute after it, or a name called something that is no
/// territory, is no territory.
@Test func aDescriptionOrANamingWithoutDisputeIsNoTerritory() {
    #expect(extract("Velmo, a low reef in the strait, is a favourite of divers from Eritrea and Yemen.").territories.isEmpty)
    #expect(extract("A governor in southern Russia called Tesla a Russian success story.").territories.isEmpty)
}
