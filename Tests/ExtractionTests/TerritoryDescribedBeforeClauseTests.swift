import Extraction
import Testing

// Own sentences, fictional places between real states: a name, then a description of it after a
// comma ("the water point on the Isfara river", "a small island south of the Sorel group"), then
// a clause of claiming: the name is the territory, and no name inside the description is.

@Test func theNameBeforeADescriptionOnARiverIsTheClaimedPlace() {
    let f = extract(
        """
        Kyrgyz and Tajik border guards exchanged fire on Thursday.
        The shooting went on overnight near Korvat, the pumping station on the Isfara river, which both countries claim and which Tajik guards control.
        """)
    #expect(names(f) == ["Korvat"])
    #expect(f.territories.first?.claimants == ["KGZ", "TJK"])
}

@Test func aBearingFromABiggerPlaceIsPartOfTheDescription() {
    let f = extract(
        """
        Qatar and Bahrain are waiting for the judges.
        The court will also rule on Malfa, a small island south of the Sorel group that both states claim and neither has settled.
        """)
    #expect(names(f) == ["Malfa"])
    #expect(f.territories.first?.claimants == ["BHR", "QAT"])
}

/// A description with no clause of claiming after it says where a place lies, nothing more.
@Test func aDescribedPlaceWithoutAClaimIsNoTerritory() {
    let f = extract(
        """
        Qatar and Bahrain are waiting for the judges.
        Divers found a wreck off Malfa, a small island south of the Sorel group that fishermen visit in summer.
        """)
    #expect(f.territories.isEmpty)
}

/// "X, a smaller island nearby that both countries claim": an adverb of where after the noun, as
/// a bearing is.
@Test func anAdverbOfWhereAfterTheDescribedNounKeepsTheClaim() {
    let facts = extract(
        "Kenyan and Ugandan officials met on Sunday. Fishermen complain of harassment around Remba, a smaller island nearby that both countries claim and where Ugandan police keep a post.",
        published: "2009-05-10")
    #expect(facts.territories.first { $0.names.map(\.name).contains("Remba") }.map { Set($0.claimants) } == ["KEN", "UGA"])
}
