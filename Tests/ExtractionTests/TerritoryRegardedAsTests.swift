import Extraction
import Testing

// Own sentences, fictional places between real states: a state that "regards" a place "as" its
// own people's (its demonym alone) claims it, in a relative clause after the name; and names
// joined by "and" before such a clause are each a territory it speaks of.

@Test func aStateThatRegardsAPlaceAsItsDemonymsClaimsIt() {
    let f = extract(
        "Guards detained two fishermen near Orvasaar, a wooded island in the river that Tallinn regards as Estonian and that Russia has held since 1994.")
    #expect(names(f) == ["Orvasaar"])
    #expect(f.territories.first?.claimants == ["EST", "RUS"])
    #expect(f.territories.first?.controlledBy == "RUS")
}

/// Not when the demonym goes on to a noun that is no land ("regards as Estonian music").
@Test func aDemonymBeforeANounOfNoLandIsNoClaim() {
    let f = extract("Critics praised Orvasaar, a song cycle that Tallinn regards as Estonian music of the first rank.")
    #expect(f.territories.isEmpty)
}

@Test func namesJoinedBeforeAClauseOfClaimAreEachATerritory() {
    let f = extract("The quarrel is over two islets, Bravik and Dunsko, which Croatia administers and which Sarajevo claims as Bosnian.")
    #expect(names(f) == ["Bravik", "Dunsko"])
    #expect(f.territories.allSatisfy { $0.claimants == ["BIH", "HRV"] })
    let g = extract("The quarrel is over Dunsko, which Croatia administers and which Sarajevo claims as Bosnian.")
    #expect(names(g) == ["Dunsko"])
}
