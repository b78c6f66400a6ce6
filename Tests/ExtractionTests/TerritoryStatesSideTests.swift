import Extraction
import Testing

// Own sentences, fictional places between real states: a state saying a place lies on its own
// side of the border by its demonym ("Kenya says X lies on the Kenyan side of the border") claims
// it, as "lies on its side of the border" does, named or referred to as "the island".

@Test func aStateSayingAPlaceLiesOnItsDemonymsSideClaimsIt() {
    let named = extract("Uganda raised its flag on Mingoro Island. Kenya says Mingoro Island lies on the Kenyan side of the border.")
    #expect(names(named) == ["Mingoro Island"])
    #expect(named.territories.first?.claimants == ["KEN", "UGA"])
    let referred = extract("Kenyan fishermen landed on Varsel Island on Monday. Uganda says the island lies on the Ugandan side of the border.")
    #expect(names(referred) == ["Varsel Island"])
    #expect(referred.territories.first?.claimants == ["KEN", "UGA"])
}

/// Where a place lies, told by no state, or a state's side said of something that is no place.
@Test func aSideOfTheBorderToldByNoStateIsNoClaim() {
    #expect(
        extract("Tourists from Kenya and Uganda visited Mingoro Island. The island lies on the Kenyan side of the border, a guide said.").territories.isEmpty)
    #expect(extract("Uganda raised its flag on Mingoro Island. Kenya says the fault lies on the Ugandan side of the argument.").territories.isEmpty)
}

/// "X, a ridge above the town of C that A holds and that B says lies on its side": a word of
/// where beside another place ("above", "opposite") is part of the description before the clause.
@Test func aDescriptionBesideAnotherPlaceComesBeforeItsClause() {
    let f = extract(
        "The shelling hit Varo Hill, a ridge above the town of Mae Lung that Thai troops hold and that Myanmar says lies on its side of the border.")
    #expect(names(f) == ["Varo Hill"])
    #expect(f.territories.first?.claimants == ["MMR", "THA"])
}

/// A height numbered on the maps ("Hill 492") is a name; a month and year after a name is not part of it.
@Test func aNumberedHeightIsANameAndADateIsNot() {
    let hill = extract(
        "The shelling hit Hill 492, a ridge above the town of Mae Lung that Thai troops hold and that Myanmar says lies on its side of the border.")
    #expect(names(hill) == ["Hill 492"])
    let dated = extract("Thai troops have held Varo Hill since May 2005, and Myanmar says the hill lies on its side of the border.")
    #expect(!names(dated).contains { $0.contains("2005") })
    #expect(extract("Hikers climbed Hill 492 above the town of Mae Lung on Sunday.").territories.isEmpty)
}

/// "lies on its side of the colonial boundary": the sayer's own side, before a line the lists do
/// not name, as "on the Kenyan side of the border" is.
@Test func aStateSayingThePlaceLiesOnItsSideOfADescribedLineClaimsIt() {
    let facts = extract(
        "Ringiti Island is home to several hundred fishermen. Kenya says the island lies on its side of the colonial boundary, but Uganda says it is Ugandan.",
        published: "2009-05-10")
    #expect(facts.territories.first { $0.names.map(\.name).contains("Ringiti Island") }.map { Set($0.claimants) } == ["KEN", "UGA"])
}

/// A listed island named in a sentence that says nothing of a dispute, read back by "the island"
/// in a state's word that it lies on its side: the listed territory is disputed.
@Test func aListedIslandReadBackByItsNounOnAStatesSideIsDisputed() {
    let facts = extract(
        "Migingo Island is home to many fishermen. Kenya says the island lies on its side of the colonial boundary, but Uganda says it is Ugandan.",
        published: "2009-05-10")
    #expect(facts.territories.first { $0.names.map(\.name).contains("Migingo Island") }.map { Set($0.claimants) } == ["KEN", "UGA"])
}

/// The same words from no state ("a guide says") dispute nothing.
@Test func aListedIslandSaidToLieOnASideByNoStateIsNotDisputed() {
    let facts = extract(
        "Migingo Island is home to many fishermen. A local guide says the island lies on its side of the old boundary.", published: "2009-05-10")
    #expect(facts.territories.isEmpty)
}

/// "Nairobi says the island lies about a kilometre inside Kenyan waters; Kampala says it is
/// Ugandan": inside a state (its name, or its demonym or "its" before a noun of land or water),
/// a distance at most between, is the state's side too.
@Test func aStateSayingAPlaceLiesInsideItClaimsIt() {
    let facts = extract(
        "Kenya and Uganda will send surveyors to Bwanga, a small rock in the lake. "
            + "Nairobi says the island lies about a kilometre inside Kenyan waters; Kampala says it is Ugandan.")
    #expect(names(facts) == ["Bwanga"])
    #expect(facts.territories.first?.claimants == ["KEN", "UGA"])
    let named = extract("Uganda raised its flag on Mingoro Island. Kenya says Mingoro Island lies well within its territory.")
    #expect(names(named) == ["Mingoro Island"])
}

/// Inside a state's waters, told by no state, or inside something that is not a state.
@Test func lyingInsideWatersToldByNoStateIsNoClaim() {
    #expect(extract("Ships from Kenya and Uganda docked at Bwanga Island. The island lies inside Kenyan waters, the captain said.").territories.isEmpty)
    #expect(extract("Uganda raised its flag on Mingoro Island. Kenya says the problem lies inside the ministry.").territories.isEmpty)
}
