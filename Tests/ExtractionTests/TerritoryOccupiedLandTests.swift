import Extraction
import Testing

// A state that regards a place as occupied land claims it, and does not hold it: "X, a rock ...
// that Spain has held since 1600 and Morocco regards as occupied land", "Morocco regards X as
// occupied land". A description of where the place lies may run on before the relative clause,
// and a second state's clause joined by "and" is read as far as the first. Sentences written for
// these tests, with invented places between real states.

@Test func regardedAsOccupiedLandInAClauseAfterALongDescription() {
    let f = extract(
        "Activists planted flags on Isla Verdosa, a rock a few hundred metres from the shore near Nador that Spain has held since 1600 and Morocco regards as occupied land."
    )
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.names.first?.name == "Isla Verdosa")
    #expect(f.territories.first?.claimants == ["ESP", "MAR"])
    #expect(f.territories.first?.controlledBy == "ESP")
}

@Test func stateRegardsAPlaceAsOccupiedLand() {
    let f = extract("Morocco regards Isla Verdosa as occupied land, though Spain has held it for centuries.")
    #expect(f.territories.count == 1)
    #expect(f.territories.first?.claimants == ["ESP", "MAR"])
    #expect(f.territories.first?.controlledBy != "MAR")
}

@Test(arguments: [
    // Held, visited, liked: no claim of the place by a second state.
    "Divers visited Isla Verdosa, a rock a few hundred metres from the shore near Nador that Spain has held since 1600 and Morocco visits often.",
    "Morocco regards Isla Verdosa as a fine place for divers, Spain said.",
    "Tourists came to Isla Verdosa, a rock a few hundred metres from the shore near Nador that Spain opened to divers last year.",
])
func noClaimOfOccupiedLandIsNoTerritory(_ text: String) {
    #expect(extract(text).territories.isEmpty)
}
