import Extraction
import Testing

// "The three islands" refers back to as many places as the sentence before named, all of them,
// whatever else the sentence names; "the Emirates" is the United Arab Emirates. Own sentences.

@Test func theThreeIslandsAreTheThreeNamedBefore() {
    let body = """
        A government statement said ties could not improve "while Iran continues to occupy Abu Musa, Greater Tunb and Lesser Tunb". \
        The three islands have been held by Iran since 1971; the Emirates claim all three, and Iran calls the larger Tunb Tonb-e Bozorg.
        """
    let facts = extract(body, published: "1999-05-18")
    let named = Set(facts.territories.flatMap { $0.names.map(\.name) })
    #expect(named.isSuperset(of: ["Abu Musa", "Greater Tunb", "Lesser Tunb"]))
    #expect(facts.territories.allSatisfy { Set($0.claimants) == ["ARE", "IRN"] })
}

/// A count that is not the number named before refers to the last place only.
@Test func aCountThatDoesNotMatchReadsOnlyTheLastPlace() {
    let body = """
        A government statement said ties could not improve "while Iran continues to occupy Abu Musa, Greater Tunb and Lesser Tunb". \
        The two islands have been held by Iran since 1971, and the Emirates claim them.
        """
    let facts = extract(body, published: "1999-05-18")
    let named = Set(facts.territories.flatMap { $0.names.map(\.name) })
    #expect(!named.contains("Abu Musa"))
}

@Test func theEmiratesIsTheUnitedArabEmirates() {
    let facts = extract("The Emirates claim Abu Musa, which Iran holds.", published: "1999-05-18")
    #expect(facts.codes.contains("ARE"))
    #expect(facts.territories.first.map { Set($0.claimants) } == ["ARE", "IRN"])
}
