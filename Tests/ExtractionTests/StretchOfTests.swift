import Extraction
import Testing

// "fought over the undemarcated stretch of the X": a length of a border or a range is a noun of
// territory, so the name after "stretch of the" is the territory quarrelled over. A stretch of
// road closed is no dispute. Invented places between real states.

@Test func aStretchQuarrelledOverNamesTheTerritoryAfterIt() {
    let body = "LIMA - Peru and Ecuador have fought three times this century over the undemarcated stretch of the Tigre Ridge."
    let f = extract(body, published: "1995-06-14")
    #expect(names(f) == ["Tigre Ridge"])
    #expect(Set(f.territories.first?.claimants ?? []) == ["ECU", "PER"])
}

@Test func aStretchOfRoadClosedIsNoTerritory() {
    let body = "ISLAMABAD - Pakistan and China agreed to repair a stretch of the Tigre Highway that landslides closed last week."
    #expect(extract(body, published: "2015-06-14").territories.isEmpty)
}
